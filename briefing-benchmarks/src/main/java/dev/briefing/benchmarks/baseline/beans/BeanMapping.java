package dev.briefing.benchmarks.baseline.beans;

import dev.briefing.core.Briefing;

/**
 * Copies a core briefing into the beans, once per workload, outside any measured code.
 *
 * <pre>{@code
 * BriefingBean bean = BeanMapping.toBean(SeedBriefing.briefing());
 * }</pre>
 */
public final class BeanMapping {
  private BeanMapping() {}

  /**
   * @param briefing a briefing
   * @return the same content as beans (metadata left out: the seed has none)
   */
  public static BriefingBean toBean(Briefing briefing) {
    BriefingBean bean = new BriefingBean();
    bean.setTitle(briefing.title().orElse(null));
    bean.setSignal(briefing.signal());
    bean.setWhatHappened(briefing.whatHappened());
    briefing.impacts().forEach(i -> {
      ImpactBean impact = new ImpactBean();
      impact.setOrder(i.order());
      impact.setText(i.text());
      bean.getImpacts().add(impact);
    });
    briefing.figures().forEach(f -> {
      FigureBean figure = new FigureBean();
      figure.setValue(f.value());
      figure.setLabel(f.label());
      figure.setSource(f.source().orElse(null));
      figure.setAsOf(f.asOf().orElse(null));
      bean.getFigures().add(figure);
    });
    briefing.watchItems().forEach(w -> {
      WatchItemBean item = new WatchItemBean();
      item.setTitle(w.title());
      item.setDescription(w.description());
      bean.getWatchItems().add(item);
    });
    return bean;
  }
}
