package org.scalingsuite.core.stats;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.List;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.fit.FitResult;
import org.scalingsuite.core.parallel.Parallel;
import org.scalingsuite.core.random.Resampler;

/**
 * The nonparametric bootstrap of a fit: resample the rows with replacement, refit each resample, and
 * collect the estimates. Resamples are drawn up front from one seeded stream ({@link Resampler}) and
 * fitted in parallel; results are stored by resample index, so they are identical for any thread count.
 *
 * <p>Defaults: 1,000 resamples, seed 0 with {@link Resampler#seeded}, one thread per available processor.
 *
 * <p>Reference: B. Efron, R. J. Tibshirani, "An Introduction to the Bootstrap", Chapman &amp; Hall, 1993,
 * chapters 6 and 13.
 */
public final class Bootstrap {

    private final int resamples;
    private final Resampler resampler;
    private final int threads;

    private Bootstrap(int resamples, Resampler resampler, int threads) {
        if (resamples < 2) {
            throw new IllegalArgumentException("need at least 2 resamples: " + resamples);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.resamples = resamples;
        this.resampler = resampler;
        this.threads = threads;
    }

    public static Bootstrap withDefaults() {
        return new Bootstrap(1000, Resampler.seeded(0), Runtime.getRuntime().availableProcessors());
    }

    public Bootstrap withResamples(int count) {
        return new Bootstrap(count, resampler, threads);
    }

    /** @return a copy drawing from {@link Resampler#seeded} with this seed. */
    public Bootstrap withSeed(long seed) {
        return new Bootstrap(resamples, Resampler.seeded(seed), threads);
    }

    public Bootstrap withResampler(Resampler source) {
        return new Bootstrap(resamples, source, threads);
    }

    public Bootstrap withThreads(int count) {
        return new Bootstrap(resamples, resampler, count);
    }

    public int resamples() {
        return resamples;
    }

    public int threads() {
        return threads;
    }

    /** Runs the bootstrap; see {@link #run(Observations, Function, List, IntConsumer)}. */
    public BootstrapResult run(Observations data, Function<Observations, FitResult> refit, List<String> names) {
        return run(data, refit, names, done -> { });
    }

    /**
     * @param data     the observations to resample
     * @param refit    fits one resample (called concurrently: must be thread-safe)
     * @param names    the parameter names of the fits
     * @param progress called with the number of completed resamples
     */
    public BootstrapResult run(Observations data, Function<Observations, FitResult> refit, List<String> names,
            IntConsumer progress) {
        int[][] rows = resampler.draw(data.size(), resamples);
        double[][] estimates = new double[resamples][];
        boolean[] converged = new boolean[resamples];
        AtomicInteger done = new AtomicInteger();
        int reportEvery = Math.max(1, resamples / 100);
        int workers = Math.min(threads, resamples);
        AtomicInteger next = new AtomicInteger();
        Runnable[] tasks = new Runnable[workers];
        for (int t = 0; t < workers; t++) {
            tasks[t] = () -> {
                int r;
                while ((r = next.getAndIncrement()) < resamples) {
                    FitResult fit = refit.apply(data.select(rows[r]));
                    estimates[r] = fit.parameters();
                    converged[r] = fit.converged();
                    int d = done.incrementAndGet();
                    if (d % reportEvery == 0 || d == resamples) {
                        progress.accept(d);
                    }
                }
            };
        }
        Parallel.runAll(tasks);
        return new BootstrapResult(names, estimates, converged);
    }
}
