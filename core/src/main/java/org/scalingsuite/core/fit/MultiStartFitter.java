package org.scalingsuite.core.fit;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.scalingsuite.core.parallel.Parallel;

/**
 * Runs a local {@link Fitter} from every start of a {@link StartGrid} and keeps the best converged result,
 * the selection rule of Hoffmann et al. and Epoch ("the best successful result"). Work may be spread over
 * threads; the result is identical for any thread count, since results are collected by start index and
 * selected in grid order. The identifiability of the selected fit's parameters is checked once, on that fit.
 */
public final class MultiStartFitter {

    private final Fitter fitter;
    private final int threads;

    private MultiStartFitter(Fitter fitter, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.fitter = fitter;
        this.threads = threads;
    }

    /** @return a single-threaded multi-start around {@code fitter}. */
    public static MultiStartFitter of(Fitter fitter) {
        return new MultiStartFitter(fitter, 1);
    }

    public MultiStartFitter withThreads(int count) {
        return new MultiStartFitter(fitter, count);
    }

    public Fitter fitter() {
        return fitter;
    }

    public int threads() {
        return threads;
    }

    /** Fits from every start of {@code grid}. */
    public MultiStartResult fit(FitProblem problem, StartGrid grid) {
        return fit(problem, grid, done -> { });
    }

    /**
     * Fits from every start of {@code grid}, calling {@code progress} with the number of completed starts
     * (from the worker threads, at most every 1% of the grid).
     */
    public MultiStartResult fit(FitProblem problem, StartGrid grid, IntConsumer progress) {
        if (!grid.parameterNames().equals(problem.parameterNames())) {
            throw new IllegalArgumentException("grid parameters " + grid.parameterNames()
                    + " differ from the problem's " + problem.parameterNames());
        }
        int size = grid.size();
        FitResult[] results = new FitResult[size];
        AtomicInteger done = new AtomicInteger();
        int reportEvery = Math.max(1, size / 100);
        AtomicInteger next = new AtomicInteger();
        Runnable[] workers = new Runnable[Math.min(threads, size)];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = () -> {
                int i;
                while ((i = next.getAndIncrement()) < size) {
                    results[i] = fitter.fitUnchecked(problem, grid.start(i));
                    int d = done.incrementAndGet();
                    if (d % reportEvery == 0 || d == size) {
                        progress.accept(d);
                    }
                }
            };
        }
        Parallel.runAll(workers);
        MultiStartResult selected = select(results);
        return selected.withBest(Identifiability.check(problem, selected.best()));
    }

    private static MultiStartResult select(FitResult[] results) {
        int best = -1;
        int bestAny = 0;
        int converged = 0;
        long evaluations = 0;
        long iterations = 0;
        double[] objectives = new double[results.length];
        for (int i = 0; i < results.length; i++) {
            FitResult r = results[i];
            objectives[i] = r.objective();
            evaluations += r.evaluations();
            iterations += r.iterations();
            if (r.converged()) {
                converged++;
                if (best < 0 || r.objective() < results[best].objective()) {
                    best = i;
                }
            }
            if (!(results[bestAny].objective() <= r.objective()) && !Double.isNaN(r.objective())) {
                bestAny = i;
            }
        }
        int chosen = best >= 0 ? best : bestAny;
        return new MultiStartResult(results[chosen], chosen, results.length, converged, evaluations, iterations,
                objectives);
    }
}
