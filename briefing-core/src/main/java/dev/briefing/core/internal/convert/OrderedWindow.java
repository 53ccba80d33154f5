package dev.briefing.core.internal.convert;

import dev.briefing.core.BriefingIOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs tasks on a few threads and hands their results, in the order the tasks were given, to
 * one consumer on the calling thread, with at most {@code capacity} results held at once: when
 * the window is full, giving another task first waits for the oldest and consumes it. The
 * memory a batch needs is then the window's, whatever the batch's length. A task's exception
 * is thrown by the call that consumes its result, as if the task had run there; closing the
 * window cancels what has not been consumed. Used by one thread.
 *
 * <pre>{@code
 * try (OrderedWindow<String> window = new OrderedWindow<>(2, 8, out::println)) {
 *   lines.forEach(line -> window.submit(() -> line.toUpperCase()));
 *   window.drain();
 * }
 * }</pre>
 *
 * @param <T> what a task gives
 */
public final class OrderedWindow<T> implements AutoCloseable {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ExecutorService pool;
  private final int capacity;
  private final Consumer<? super T> consumer;
  private final ArrayDeque<Future<T>> inFlight;

  /**
   * @param threads how many threads run the tasks
   * @param capacity how many results may wait to be consumed, at least 1
   * @param consumer what each result goes to, in order, on the thread that submits
   */
  public OrderedWindow(int threads, int capacity, Consumer<? super T> consumer) {
    if (threads < 1 || capacity < 1) {
      throw new IllegalArgumentException("threads and capacity must be at least 1, not " + threads + " and " + capacity);
    }
    this.pool = Executors.newFixedThreadPool(threads, daemons("briefing-convert-" + POOLS.incrementAndGet() + "-"));
    this.capacity = capacity;
    this.consumer = consumer;
    this.inFlight = new ArrayDeque<>(capacity);
  }

  /** @param task run on one of the window's threads; its result is consumed in turn */
  public void submit(Callable<T> task) {
    makeRoom();
    inFlight.add(pool.submit(task));
  }

  /** @param result a result already known, consumed in turn after those before it */
  public void submitResult(T result) {
    makeRoom();
    inFlight.add(CompletableFuture.completedFuture(result));
  }

  /** Waits for and consumes every result not consumed yet. */
  public void drain() {
    while (!inFlight.isEmpty()) {
      consumeOldest();
    }
  }

  /** @return how many results are being made or wait to be consumed */
  public int inFlight() {
    return inFlight.size();
  }

  private void makeRoom() {
    while (inFlight.size() >= capacity) {
      consumeOldest();
    }
  }

  private void consumeOldest() {
    Future<T> oldest = inFlight.poll();
    T result;
    try {
      result = oldest.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BriefingIOException("Interrupted while converting", new InterruptedIOException());
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
    consumer.accept(result);
  }

  /** The task's own exception, so that a caller sees what a single thread would have thrown. */
  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException) {
      throw (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    throw new IllegalStateException("a conversion task failed", cause);
  }

  /** Cancels every task whose result was not consumed, and ends the threads. */
  @Override
  public void close() {
    inFlight.forEach(task -> task.cancel(true));
    inFlight.clear();
    pool.shutdownNow();
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      // Daemons: a conversion a caller forgot to close must not keep the JVM alive.
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
