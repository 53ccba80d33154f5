package dev.briefing.benchmarks.baseline.beans;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An impact as a JavaBean.
 *
 * <pre>{@code
 * ImpactBean impact = new ImpactBean();
 * impact.setOrder(1);
 * }</pre>
 */
public class ImpactBean {
  @Min(1)
  @Max(10)
  private int order;

  @NotBlank
  @Size(max = 5_000)
  private String text;

  /** @return the order */
  public int getOrder() {
    return order;
  }

  /** @param order the order */
  public void setOrder(int order) {
    this.order = order;
  }

  /** @return the text */
  public String getText() {
    return text;
  }

  /** @param text the text */
  public void setText(String text) {
    this.text = text;
  }
}
