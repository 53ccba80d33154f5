package dev.briefing.benchmarks.baseline.beans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A figure as a JavaBean.
 *
 * <pre>{@code
 * FigureBean figure = new FigureBean();
 * figure.setValue("$380B");
 * }</pre>
 */
public class FigureBean {
  @NotBlank
  @Size(max = 100)
  private String value;

  @NotBlank
  @Size(max = 500)
  private String label;

  @Size(max = 500)
  private String source;

  @Size(max = 100)
  private String asOf;

  /** @return the value as written */
  public String getValue() {
    return value;
  }

  /** @param value the value as written */
  public void setValue(String value) {
    this.value = value;
  }

  /** @return what it measures */
  public String getLabel() {
    return label;
  }

  /** @param label what it measures */
  public void setLabel(String label) {
    this.label = label;
  }

  /** @return the source or {@code null} */
  public String getSource() {
    return source;
  }

  /** @param source the source or {@code null} */
  public void setSource(String source) {
    this.source = source;
  }

  /** @return the as-of or {@code null} */
  public String getAsOf() {
    return asOf;
  }

  /** @param asOf the as-of or {@code null} */
  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }
}
