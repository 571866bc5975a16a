package org.scalingsuite.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.fit.FitResult;
import org.scalingsuite.core.optim.Termination;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.core.reproduction.Progress;
import org.scalingsuite.core.stats.Bootstrap;
import org.scalingsuite.core.stats.BootstrapResult;

/**
 * The estimation-method comparison: split a data set's runs by model size ({@link HoldOut}), fit every
 * method on the smaller models, predict the held-out larger ones, and bootstrap each method's parameters.
 *
 * <p>For each method it records: the fit and whether it converged (a fit that did not converge, or a
 * method that threw, is reported in the score, never dropped); the relative error
 * {@code (predicted - observed) / observed} of every held-out run; percentile intervals of the parameters
 * over bootstrap resamples of the fitted runs (seeded, {@link Bootstrap}; resamples whose refit did not
 * converge are counted and left out of the intervals); and wall times of the fit and of the bootstrap.
 *
 * <p>Defaults ({@link #withDefaults()}): the five {@link EstimationMethods#standard()} methods, 200
 * resamples refitted from each method's fit ({@link BootstrapMode#WARM_START}), seed 0, 95% intervals, one
 * thread per processor. Results do not depend on the thread count.
 */
public final class Comparison {

    private final List<EstimationMethod> methods;
    private final int resamples;
    private final long seed;
    private final double confidence;
    private final int threads;
    private final BootstrapMode mode;

    private Comparison(List<EstimationMethod> methods, int resamples, long seed, double confidence, int threads,
            BootstrapMode mode) {
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("no methods to compare");
        }
        if (resamples < 0 || resamples == 1) {
            throw new IllegalArgumentException("resamples must be 0 (no bootstrap) or at least 2: " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.methods = List.copyOf(methods);
        this.resamples = resamples;
        this.seed = seed;
        this.confidence = confidence;
        this.threads = threads;
        this.mode = Objects.requireNonNull(mode);
    }

    /** @return the defaults described above. */
    public static Comparison withDefaults() {
        return new Comparison(EstimationMethods.standard(), 200, 0, 0.95, Runtime.getRuntime().availableProcessors(),
                BootstrapMode.WARM_START);
    }

    public Comparison withMethods(List<EstimationMethod> list) {
        return new Comparison(list, resamples, seed, confidence, threads, mode);
    }

    /** @return a copy with this many resamples; 0 disables the bootstrap. */
    public Comparison withResamples(int count) {
        return new Comparison(methods, count, seed, confidence, threads, mode);
    }

    public Comparison withSeed(long value) {
        return new Comparison(methods, resamples, value, confidence, threads, mode);
    }

    public Comparison withConfidence(double level) {
        return new Comparison(methods, resamples, seed, level, threads, mode);
    }

    public Comparison withThreads(int count) {
        return new Comparison(methods, resamples, seed, confidence, count, mode);
    }

    public Comparison withBootstrapMode(BootstrapMode value) {
        return new Comparison(methods, resamples, seed, confidence, threads, value);
    }

    public List<EstimationMethod> methods() {
        return methods;
    }

    public int resamples() {
        return resamples;
    }

    public long seed() {
        return seed;
    }

    public double confidence() {
        return confidence;
    }

    public int threads() {
        return threads;
    }

    public BootstrapMode bootstrapMode() {
        return mode;
    }

    /** Runs the comparison on a data set with its default split. */
    public ComparisonResult run(ComparisonDataset dataset, DataStore store, Progress progress) {
        return run(dataset.id(), dataset.load(store), dataset.holdOut(), progress);
    }

    /**
     * Runs the comparison.
     *
     * @param datasetId the data set's id, for the result
     * @param runs      the runs
     * @param holdOut   the split
     * @param progress  receives the method being fitted and the fraction done
     * @throws IllegalArgumentException when the split leaves fewer fitted runs than a law has parameters
     */
    public ComparisonResult run(String datasetId, RunSet runs, HoldOut holdOut, Progress progress) {
        HoldOut.Split split = holdOut.split(runs.runs());
        Observations train = split.train();
        Observations test = split.test();
        if (train.size() < 6) {
            throw new IllegalArgumentException("the split '" + holdOut.describe() + "' leaves " + train.size()
                    + " runs to fit; at least 6 are needed for 5 parameters");
        }
        List<MethodScore> scores = new ArrayList<>();
        for (int m = 0; m < methods.size(); m++) {
            EstimationMethod method = methods.get(m);
            Progress span = progress.span((double) m / methods.size(), (m + 1.0) / methods.size());
            scores.add(score(method, train, test, span));
        }
        return new ComparisonResult(datasetId, holdOut, train.size(), test.size(), sizes(train), sizes(test),
                runs.notes(), scores);
    }

    private MethodScore score(EstimationMethod method, Observations train, Observations test, Progress progress) {
        progress.update(method.id() + ": fit", 0);
        long t0 = System.nanoTime();
        MethodFit fit;
        try {
            fit = method.fit(train, threads);
        } catch (RuntimeException e) {
            return new MethodScore(method.id(), method.description(), null, String.valueOf(e.getMessage()), List.of(),
                    null, seconds(t0));
        }
        double fitSeconds = seconds(t0);
        List<TargetError> targets = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            double n = test.input(0, i);
            double d = test.input(1, i);
            targets.add(TargetError.of(n, d, test.response(i), fit.predict(n, d)));
        }
        BootstrapSummary bootstrap = null;
        if (resamples > 0) {
            bootstrap = bootstrap(method, fit, train, progress);
        }
        progress.update(method.id() + ": done", 1);
        return new MethodScore(method.id(), method.description(), fit, null, targets, bootstrap, fitSeconds);
    }

    private BootstrapSummary bootstrap(EstimationMethod method, MethodFit fit, Observations train,
            Progress progress) {
        long t0 = System.nanoTime();
        List<String> names = fit.parameterNames();
        int k = names.size();
        BootstrapResult result = Bootstrap.withDefaults().withResamples(resamples).withSeed(seed).withThreads(threads)
                .run(train, sample -> refit(method, fit, sample, k), names,
                        done -> progress.update(method.id() + ": bootstrap", 0.1 + 0.9 * done / resamples));
        BootstrapResult ok = result.convergedOnly();
        List<ParameterInterval> intervals = new ArrayList<>();
        if (ok.resamples() >= 2) {
            double[] se = ok.standardErrors();
            double[][] iv = ok.percentileInterval(confidence);
            double[] estimate = fit.parameters();
            for (int j = 0; j < k; j++) {
                intervals.add(new ParameterInterval(names.get(j), estimate[j], se[j], iv[j][0], iv[j][1]));
            }
        }
        return new BootstrapSummary(result.resamples(), result.failures(), mode, seed, confidence, intervals,
                seconds(t0));
    }

    private FitResult refit(EstimationMethod method, MethodFit fit, Observations sample, int k) {
        try {
            MethodFit r = mode == BootstrapMode.FULL_GRID ? method.fit(sample, 1) : method.refit(sample, fit);
            return r.asFitResult(method.id());
        } catch (RuntimeException e) {
            double[] nan = new double[k];
            Arrays.fill(nan, Double.NaN);
            return new FitResult(fit.parameterNames(), nan, Double.NaN, 0, 0, Termination.NUMERICAL_FAILURE,
                    "refit threw: " + e.getMessage(), nan, method.id(), List.of());
        }
    }

    private static double[] sizes(Observations runs) {
        return Arrays.stream(runs.column(0)).distinct().sorted().toArray();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
