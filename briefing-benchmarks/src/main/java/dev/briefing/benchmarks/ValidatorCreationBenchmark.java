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
 * A validator made ready in a fresh JVM: its creation and the first validation of the seed,
 * once per fork. {@code BriefingValidator.standard()} builds its Hibernate Validator lazily, so
 * the first call is where the cost lands; the baseline builds a plain one and validates the
 * equivalent bean. The model classes are loaded in setup, outside the measurement.
 * Target: ours at most 150 ms.
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
  private BriefingBean bean;

  /** Loads the model classes and builds the inputs. */
  @Setup
  public void setUp() {
    seed = SeedBriefing.briefing();
    bean = BeanMapping.toBean(seed);
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
}
