package dev.briefing.core.internal.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files being written right now, removed by a shutdown hook when the JVM is
 * stopped (Ctrl-C, SIGTERM) before they were moved into place: an interrupted batch must not
 * leave tens of megabytes of {@code .name123.tmp} beside its target.
 */
final class PendingFiles {

  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
  private static final Object HOOK_LOCK = new Object();
  private static boolean hookInstalled;

  private PendingFiles() {}

  /** @param temp a file to remove if the JVM stops before {@link #done(Path)} */
  static void add(Path temp) {
    installHook();
    PENDING.add(temp);
  }

  /** @param temp a file that was moved into place or removed */
  static void done(Path temp) {
    PENDING.remove(temp);
  }

  private static void installHook() {
    synchronized (HOOK_LOCK) {
      if (!hookInstalled) {
        Runtime.getRuntime().addShutdownHook(new Thread(PendingFiles::removeAll, "briefing-temp-cleanup"));
        hookInstalled = true;
      }
    }
  }

  private static void removeAll() {
    for (Path temp : PENDING) {
      try {
        // A file moved into place just now is gone from here: nothing to remove.
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Nothing more can be done while the JVM halts.
      }
    }
  }
}
