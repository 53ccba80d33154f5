package dev.briefing.benchmarks;

import dev.briefing.benchmarks.baseline.beans.BeanMapping;
import dev.briefing.benchmarks.baseline.beans.BriefingBean;
import dev.briefing.benchmarks.baseline.beans.PlainValidator;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Violation;
import dev.briefing.core.testing.SeedBriefing;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A validator made ready in a fresh JVM: its creation and the first validation, once per fork,
 * of the seed (valid) and of the seed with a blank signal (one violation).
 * {@code BriefingValidator.standard()} answers a valid briefing without Hibernate Validator and
 * starts it only to name the violations of an invalid one, so the two rows measure different
 * things: the invalid one includes Hibernate Validator's start. The baseline builds a plain
 * validator and validates the equivalent bean. The model classes are loaded in setup, outside
 * the measurement. Target: ours at most 150 ms, for both.
 *
 * <pre>{@code
 * java -jar briefing-benchmarks/target/benchmarks.jar --jmh ValidatorCreationBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
@State(Scope.Benchmark)
public class ValidatorCreationBenchmark {
  private Briefing seed;
  private Briefing blankSignal;
  private BriefingBean bean;
  private BriefingBean blankSignalBean;

  /** Loads the model classes and builds the inputs. */
  @Setup
  public void setUp() {
    seed = SeedBriefing.briefing();
    blankSignal = seed.withSignal(" ");
    bean = BeanMapping.toBean(seed);
    blankSignalBean = BeanMapping.toBean(blankSignal);
  }

  /** @return the violations (none) */
  @Benchmark
  public List<Violation> ours() {
    return BriefingValidator.standard().validate(seed);
  }

  /** @return the violations (none) */
  @Benchmark
  public Set<ConstraintViolation<BriefingBean>> hibernateBean() {
    return PlainValidator.create().validate(bean);
  }

  /** @return the violations (one: the blank signal) */
  @Benchmark
  public List<Violation> oursInvalid() {
    return BriefingValidator.standard().validate(blankSignal);
  }

  /** @return the violations (one: the blank signal) */
  @Benchmark
  public Set<ConstraintViolation<BriefingBean>> hibernateBeanInvalid() {
    return PlainValidator.create().validate(blankSignalBean);
  }
}
