package dev.briefing.cli.internal;

import dev.briefing.core.format.FormatRegistry;
import dev.briefing.feeds.AtomFormat;
import dev.briefing.feeds.FeedOptions;
import dev.briefing.feeds.JsonFeedFormat;
import dev.briefing.feeds.RssFormat;
import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The feed-level options of {@code convert} ({@code --feed-title}, {@code --feed-home-page},
 * {@code --feed-url}, {@code --feed-author}): when any is given, the atom, rss and jsonfeed
 * formats are registered with them in place of the defaults.
 */
final class FeedOptionsMixin {

  @Option(names = "--feed-title", paramLabel = "TITLE", description = "Title of an atom, rss or jsonfeed feed (default: Briefings).")
  String title;

  @Option(names = "--feed-home-page", paramLabel = "URL", description = "Address of the page the feed belongs to.")
  String homePage;

  @Option(names = "--feed-url", paramLabel = "URL", description = "The feed's own address.")
  String feedUrl;

  @Option(names = "--feed-author", paramLabel = "NAME", description = "The feed's author.")
  String author;

  FormatRegistry applyTo(FormatRegistry formats, CommandLine command) {
    if (title == null && homePage == null && feedUrl == null && author == null) {
      return formats;
    }
    FeedOptions options;
    try {
      FeedOptions.Builder builder = FeedOptions.builder();
      if (title != null) {
        builder.title(title);
      }
      if (homePage != null) {
        builder.homePage(uri(homePage, "--feed-home-page", command));
      }
      if (feedUrl != null) {
        builder.feedUrl(uri(feedUrl, "--feed-url", command));
      }
      if (author != null) {
        builder.author(author);
      }
      options = builder.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(command, e.getMessage());
    }
    return formats.with(new AtomFormat(options)).with(new RssFormat(options)).with(new JsonFeedFormat(options));
  }

  private static URI uri(String text, String option, CommandLine command) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new CommandLine.ParameterException(command, option + ": not a URL: " + e.getMessage());
    }
  }
}
