package dev.briefing.spring;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.spring.internal.InputTooLargeException;
import dev.briefing.spring.internal.LimitedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;

/**
 * Writes and reads a {@link Briefing} as an HTTP body in every format of a {@link
 * FormatRegistry} that has a media type: a format with a renderer can be asked for with {@code
 * Accept}, a format with a parser can be sent with {@code Content-Type}. JSON comes first, so it
 * is what a client gets that accepts anything. Briefings inside other types are left to
 * Jackson.
 *
 * <p>A body that is not a briefing fails with {@link HttpMessageNotReadableException} whose
 * cause is the {@link dev.briefing.core.BriefingFormatException} (with line, column, JSON path)
 * or {@link dev.briefing.core.BriefingValidationException} (every violation: a body in any format
 * is validated, so a controller never sees a briefing that breaks the model's rules); {@link
 * BriefingProblemHandler} answers it with a 400 problem detail.
 *
 * <pre>{@code
 * @Bean
 * BriefingHttpMessageConverter briefingHttpMessageConverter() {   // replaces the starter's
 *   return new BriefingHttpMessageConverter(
 *       FormatRegistry.loadDefault().with(new HouseStyleFormat()), DataSize.ofKilobytes(256));
 * }
 * }</pre>
 */
public class BriefingHttpMessageConverter extends AbstractHttpMessageConverter<Briefing> {

  private final FormatRegistry formats;
  private final long maxInputBytes;
  private final List<MediaType> readable;
  private final List<MediaType> writable;

  /**
   * @param formats the formats to offer
   * @param maxInputSize the largest body read; a larger one fails with 413
   */
  public BriefingHttpMessageConverter(FormatRegistry formats, DataSize maxInputSize) {
    setDefaultCharset(StandardCharsets.UTF_8);
    this.formats = formats;
    this.maxInputBytes = maxInputSize.toBytes();
    this.readable = mediaTypes(formats, true);
    this.writable = mediaTypes(formats, false);
    Set<MediaType> all = new LinkedHashSet<>(writable);
    all.addAll(readable);
    setSupportedMediaTypes(List.copyOf(all));
  }

  private static List<MediaType> mediaTypes(FormatRegistry formats, boolean read) {
    List<MediaType> types = new ArrayList<>();
    for (BriefingFormat format : formats.formats()) {
      boolean offered = read ? format.parser().isPresent() : format.renderer().isPresent();
      if (offered) {
        MediaType type = MediaType.parseMediaType(format.mediaType());
        // The wire format first: the answer to Accept: */* and to a client that names none.
        types.add(type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON) ? 0 : types.size(), type);
      }
    }
    return List.copyOf(types);
  }

  /** @return the formats this converter offers */
  public FormatRegistry formats() {
    return formats;
  }

  @Override
  protected boolean supports(Class<?> type) {
    return Briefing.class.isAssignableFrom(type);
  }

  @Override
  protected boolean canRead(MediaType mediaType) {
    return mediaType == null || offers(readable, mediaType);
  }

  @Override
  protected boolean canWrite(MediaType mediaType) {
    return mediaType == null || MediaType.ALL.equalsTypeAndSubtype(mediaType) || offers(writable, mediaType);
  }

  private static boolean offers(List<MediaType> types, MediaType mediaType) {
    return types.stream().anyMatch(type -> type.isCompatibleWith(mediaType));
  }

  @Override
  public List<MediaType> getSupportedMediaTypes(Class<?> type) {
    // Content negotiation asks for what can be produced; reading only needs canRead.
    return supports(type) ? writable : List.of();
  }

  @Override
  protected MediaType getDefaultContentType(Briefing briefing) {
    return writable.isEmpty() ? null : writable.get(0);
  }

  @Override
  protected Briefing readInternal(Class<? extends Briefing> type, HttpInputMessage input) throws IOException {
    MediaType contentType = Optional.ofNullable(input.getHeaders().getContentType()).orElse(MediaType.APPLICATION_JSON);
    BriefingFormat format = format(contentType);
    long declared = input.getHeaders().getContentLength();
    if (declared > maxInputBytes) {
      throw unreadable(new InputTooLargeException(maxInputBytes), input);
    }
    Charset charset = Optional.ofNullable(contentType.getCharset()).orElse(StandardCharsets.UTF_8);
    // Bytes that are not text in the charset are an error, never a silent U+FFFD.
    Reader reader = new InputStreamReader(new LimitedInputStream(input.getBody(), maxInputBytes),
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    try {
      // Every format's briefings are held to the model's rules, not only JSON's, which checks them itself.
      return BriefingValidator.standard().requireValid(format.parser().orElseThrow().parse(reader));
    } catch (BriefingIOException e) {
      // The body itself failed: too large, not text in its charset, or the client went away.
      throw unreadable(e.getCause(), input);
    } catch (BriefingException e) {
      throw unreadable(e, input);
    }
  }

  private static HttpMessageNotReadableException unreadable(Exception cause, HttpInputMessage input) {
    return new HttpMessageNotReadableException(cause.getMessage(), cause, input);
  }

  @Override
  protected void writeInternal(Briefing briefing, HttpOutputMessage output) throws IOException {
    MediaType contentType = output.getHeaders().getContentType();
    BriefingFormat format = format(contentType == null ? writable.get(0) : contentType);
    Charset charset = contentType == null || contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
    Writer writer = new OutputStreamWriter(output.getBody(), charset);
    format.renderer().orElseThrow().renderTo(briefing, writer);
    writer.flush();
  }

  private BriefingFormat format(MediaType mediaType) {
    return formats.byMediaType(mediaType.getType() + "/" + mediaType.getSubtype());
  }
}
