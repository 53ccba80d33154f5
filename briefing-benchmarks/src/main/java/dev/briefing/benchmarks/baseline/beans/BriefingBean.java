package dev.briefing.benchmarks.baseline.beans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A briefing as a mutable JavaBean with the core model's size and presence constraints.
 *
 * <pre>{@code
 * BriefingBean bean = new BriefingBean();
 * bean.setSignal("...");
 * }</pre>
 */
public class BriefingBean {
  @Size(max = 300)
  private String title;

  @NotBlank
  @Size(max = 5_000)
  private String signal;

  @NotBlank
  @Size(max = 20_000)
  private String whatHappened;

  @NotNull
  @Size(max = 100)
  private List<@Valid ImpactBean> impacts = new ArrayList<>();

  @NotNull
  @Size(max = 1_000)
  private List<@Valid FigureBean> figures = new ArrayList<>();

  @NotNull
  @Size(max = 200)
  private List<@Valid WatchItemBean> watchItems = new ArrayList<>();

  /** @return the headline or {@code null} */
  public String getTitle() {
    return title;
  }

  /** @param title the headline or {@code null} */
  public void setTitle(String title) {
    this.title = title;
  }

  /** @return The Signal */
  public String getSignal() {
    return signal;
  }

  /** @param signal The Signal */
  public void setSignal(String signal) {
    this.signal = signal;
  }

  /** @return What Happened */
  public String getWhatHappened() {
    return whatHappened;
  }

  /** @param whatHappened What Happened */
  public void setWhatHappened(String whatHappened) {
    this.whatHappened = whatHappened;
  }

  /** @return the impacts */
  public List<ImpactBean> getImpacts() {
    return impacts;
  }

  /** @param impacts the impacts */
  public void setImpacts(List<ImpactBean> impacts) {
    this.impacts = impacts;
  }

  /** @return the figures */
  public List<FigureBean> getFigures() {
    return figures;
  }

  /** @param figures the figures */
  public void setFigures(List<FigureBean> figures) {
    this.figures = figures;
  }

  /** @return the watch items */
  public List<WatchItemBean> getWatchItems() {
    return watchItems;
  }

  /** @param watchItems the watch items */
  public void setWatchItems(List<WatchItemBean> watchItems) {
    this.watchItems = watchItems;
  }
}
