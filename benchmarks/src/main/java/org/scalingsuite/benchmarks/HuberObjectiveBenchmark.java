package org.scalingsuite.benchmarks;

import java.util.Locale;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.objective.HuberLoss;
import org.scalingsuite.core.objective.Kernel;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.reproductions.chinchilla.EpochRecipe;

/**
 * One evaluation of the Chinchilla Approach-3 objective and its gradient on Epoch's 240 runs: the sum of
 * Huber (delta 1e-3) of the log residuals {@code log L_i - LSE(a - alpha log N_i, b - beta log D_i, e)}, with
 * the analytic gradient over (a, b, e, alpha, beta), evaluated at Hoffmann's rounded parameters.
 *
 * <p>This is the unit of work of every fit: the 4,500-start grid costs about 280,000 such evaluations. The
 * peer figure is 48 microseconds per value-and-gradient for a lean numpy implementation (paper notes
 * {@code chinchilla-peers.md} section 3.1); the kernel needs two exponentials and one logarithm per run.
 * Both kernels ({@link Kernel}): {@code exact} (Math.exp and Math.log, a row at a time) and {@code simd} (four
 * rows per instruction; the fork adds {@code --add-modules jdk.incubator.vector}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar HuberObjectiveBenchmark} (from the checkout, so
 * the data mirror is found).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Threads(1)
public class HuberObjectiveBenchmark {

    @Param({"exact", "simd"})
    public String kernel;

    private DifferentiableFunction objective;
    private double[] point;
    private double[] gradient;

    @Setup
    public void setUp() {
        objective = HuberLoss.onLogResiduals(EpochRecipe.HUBER_DELTA)
                .withKernel(Kernel.valueOf(kernel.toUpperCase(Locale.ROOT)))
                .bind(ChinchillaLogSumExpLaw.instance(), EpochData.load());
        point = EpochRecipe.hoffmannStart();
        gradient = new double[5];
    }

    /** @return the objective, so the evaluation is not optimised away (the gradient is read too). */
    @Benchmark
    public double valueAndGradient() {
        double value = objective.valueAndGradient(point, gradient);
        return value + gradient[0];
    }
}
