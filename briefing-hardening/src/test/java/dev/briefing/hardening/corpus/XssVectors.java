package dev.briefing.hardening.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Our own collection of cross-site scripting vectors ({@code src/test/resources/xss/}): text
 * vectors for every text field and URL vectors for source links. Lines starting with {@code #}
 * are comments; {@code \\uXXXX} stands for a character and {@code \\\\} for a backslash.
 *
 * <pre>{@code
 * List<String> vectors = XssVectors.text();
 * }</pre>
 */
public final class XssVectors {

  private XssVectors() {}

  /** @return the text vectors */
  public static List<String> text() {
    return load("/xss/text-vectors.txt");
  }

  /** @return the URL vectors that Java accepts as a {@link URI} (the model can hold no other) */
  public static List<URI> urls() {
    List<URI> urls = new ArrayList<>();
    for (String line : load("/xss/url-vectors.txt")) {
      try {
        urls.add(new URI(line));
      } catch (URISyntaxException e) {
        throw new IllegalStateException("url-vectors.txt holds a line Java cannot read as a URI: " + line, e);
      }
    }
    return urls;
  }

  static List<String> load(String resource) {
    String text;
    try (InputStream in = XssVectors.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> vectors = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        vectors.add(unescape(line));
      }
    }
    return vectors;
  }

  static String unescape(String line) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '\\') {
        out.append('\\');
        i++;
      } else if (c == '\\' && i + 5 < line.length() && line.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
