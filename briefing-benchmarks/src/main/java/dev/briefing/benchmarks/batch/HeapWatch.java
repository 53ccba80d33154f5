package dev.briefing.benchmarks.batch;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Records the heap's high-water mark after each garbage collection: what is still reachable
 * (plus garbage not yet reclaimed) once the collector has run, which grows with the input only
 * if the program holds on to what it read. Also reports the heap pools' peak usage.
 *
 * <pre>{@code
 * HeapWatch watch = HeapWatch.start();
 * runTheBatch();
 * long mb = watch.maxAfterGcBytes() / 1_000_000;
 * }</pre>
 */
public final class HeapWatch {
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();

  private HeapWatch() {}

  /** @return a watch listening to every collector from now on */
  public static HeapWatch start() {
    HeapWatch watch = new HeapWatch();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            watch.record(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
          }
        }, null, null);
      }
    }
    return watch;
  }

  private void record(GarbageCollectionNotificationInfo info) {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
      if (pool.getType() == MemoryType.HEAP && after != null) {
        used += after.getUsed();
      }
    }
    collections.incrementAndGet();
    maxAfterGc.accumulateAndGet(used, Math::max);
  }

  /** @return the most heap in use right after any collection so far, in bytes */
  public long maxAfterGcBytes() {
    return maxAfterGc.get();
  }

  /** @return how many collections were seen */
  public long collections() {
    return collections.get();
  }

  /** @return the sum of the heap pools' peak usage since {@link #start()}, in bytes (an upper bound) */
  public long peakBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
