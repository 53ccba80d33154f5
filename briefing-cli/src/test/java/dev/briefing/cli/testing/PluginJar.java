package dev.briefing.cli.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Packs the third-party formats of this module's tests ({@code com.example.*}) into a plugin
 * jar with its {@code META-INF/services} entry, as their author would ship them: the only way
 * the command can then find them is the jar.
 */
public final class PluginJar {

  /** The formats the plugin provides, as its services file lists them. */
  public static final List<String> FORMATS = List.of("com.example.figures.FiguresCsvFormat",
      "com.example.cards.FigureCardsFormat");

  private PluginJar() {}

  /**
   * @param jar where to write the jar
   * @return {@code jar}
   */
  public static Path write(Path jar) throws IOException {
    Path classes = testClasses();
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> all = Files.walk(classes.resolve("com/example"))) {
      for (Path path : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/dev.briefing.core.format.BriefingFormat"));
      out.write((String.join("\n", FORMATS) + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  /** @return the jars the plugin needs besides the command's: Apache Commons CSV and what it uses */
  public static List<Path> dependencies() {
    return List.of(locationOf(org.apache.commons.csv.CSVFormat.class),
        locationOf(org.apache.commons.io.IOUtils.class), locationOf(org.apache.commons.codec.Charsets.class));
  }

  /** The directory this module's test classes were compiled into. */
  private static Path testClasses() {
    return locationOf(PluginJar.class);
  }

  private static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException("no file location for " + type, e));
    }
  }
}
