package dev.briefing.benchmarks;

import dev.briefing.benchmarks.baseline.beans.BeanMapping;
import dev.briefing.benchmarks.baseline.beans.BriefingBean;
import dev.briefing.benchmarks.baseline.beans.PlainValidator;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Impact;
import dev.briefing.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a valid briefing after warm-up: {@code BriefingValidator.standard()} against a
 * plain Hibernate Validator call on an equivalent JavaBean. Target: the seed in at most 5 µs.
 * With {@code fallingImpacts} above 0, the workload's impacts are that many in falling order,
 * every one after the first out of order: ten times the impacts must not take much more than
 * ten times as long (the limits make it nearly constant), which a validator quadratic in its
 * violations would not meet.
 *
 * <pre>{@code
 * java -jar briefing-benchmarks/target/benchmarks.jar --jmh ValidationBenchmark
 * java -jar briefing-benchmarks/target/benchmarks.jar 'ValidationBenchmark.ours' -p workload=seed
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ValidationBenchmark {
  /** Which briefing to validate. */
  @Param({"seed", "large"})
  public String workload;

  /** How many impacts in falling order replace the workload's; 0 keeps the workload's own. */
  @Param({"0", "10000", "100000"})
  public int fallingImpacts;

  private Briefing briefing;
  private BriefingBean bean;
  private final BriefingValidator ours = BriefingValidator.standard();
  private final Validator plain = PlainValidator.create();

  /** Builds the inputs once per trial. */
  @Setup
  public void setUp() {
    briefing = Workload.named(workload).briefing();
    if (fallingImpacts > 0) {
      List<Impact> falling = new ArrayList<>(fallingImpacts);
      for (int i = 0; i < fallingImpacts; i++) {
        falling.add(Impact.of(Math.max(1, Math.min(Impact.MAX_ORDER, fallingImpacts - i)), "Impact " + i + "."));
      }
      briefing = briefing.withImpacts(falling);
    }
    bean = BeanMapping.toBean(briefing);
  }

  /** @return the violations (none unless the impacts fall) */
  @Benchmark
  public List<Violation> ours() {
    return ours.validate(briefing);
  }

  /** @return the violations (none unless the impacts fall) */
  @Benchmark
  public Set<ConstraintViolation<BriefingBean>> hibernateBean() {
    return plain.validate(bean);
  }
}
