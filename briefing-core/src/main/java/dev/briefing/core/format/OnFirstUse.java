package dev.briefing.core.format;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A renderer or parser of a {@link DescribedFormat}, made on the first call and the same one
 * after it, on any thread. Every format on the class path is constructed by {@link
 * FormatRegistry#loadDefault()}, while a run uses one or two of them: building the others'
 * renderers and parsers (compiled patterns, CommonMark, codecs) would be most of a short run.
 *
 * <pre>{@code
 * OnFirstUse<BriefingParser> parser = OnFirstUse.of(() -> TextParser.of(ParseOptions.standard()));
 * BriefingParser made = parser.get().orElseThrow();   // made here, once
 * }</pre>
 *
 * @param <T> what is made
 */
final class OnFirstUse<T> {

  private static final OnFirstUse<?> NONE = new OnFirstUse<>(null, Optional.empty());

  private Supplier<? extends T> make;
  private volatile Optional<T> made;

  private OnFirstUse(Supplier<? extends T> make, Optional<T> made) {
    this.make = make;
    this.made = made;
  }

  /** @return nothing to make: the format is not written, or not read */
  @SuppressWarnings("unchecked")
  static <T> OnFirstUse<T> none() {
    return (OnFirstUse<T>) NONE;
  }

  /** @return what is already made */
  static <T> OnFirstUse<T> made(Optional<T> value) {
    return new OnFirstUse<>(null, Objects.requireNonNull(value));
  }

  /** @return what {@code make} makes, on the first {@link #get()} */
  static <T> OnFirstUse<T> of(Supplier<? extends T> make) {
    return new OnFirstUse<>(Objects.requireNonNull(make), null);
  }

  /**
   * @return what was made
   * @throws NullPointerException when the supplier gives null
   */
  Optional<T> get() {
    Optional<T> value = made;
    if (value == null) {
      synchronized (this) {
        value = made;
        if (value == null) {
          value = Optional.of(Objects.requireNonNull(make.get(), "a format's renderer or parser supplier gave null"));
          made = value;
          make = null;
        }
      }
    }
    return value;
  }
}
