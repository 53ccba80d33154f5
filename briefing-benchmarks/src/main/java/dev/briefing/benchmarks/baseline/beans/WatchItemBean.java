package dev.briefing.benchmarks.baseline.beans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A watch item as a JavaBean.
 *
 * <pre>{@code
 * WatchItemBean item = new WatchItemBean();
 * item.setTitle("Compute Throttling");
 * }</pre>
 */
public class WatchItemBean {
  @NotBlank
  @Size(max = 200)
  private String title;

  @NotBlank
  @Size(max = 5_000)
  private String description;

  /** @return the title */
  public String getTitle() {
    return title;
  }

  /** @param title the title */
  public void setTitle(String title) {
    this.title = title;
  }

  /** @return what to look for */
  public String getDescription() {
    return description;
  }

  /** @param description what to look for */
  public void setDescription(String description) {
    this.description = description;
  }
}
