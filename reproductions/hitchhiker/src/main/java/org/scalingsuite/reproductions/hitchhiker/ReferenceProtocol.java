package org.scalingsuite.reproductions.hitchhiker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;
import org.scalingsuite.reproductions.hitchhiker.data.Gpt3Curves;
import org.scalingsuite.reproductions.hitchhiker.data.HitchhikerData;
import org.scalingsuite.reproductions.hitchhiker.data.OptTrajectories;

/**
 * The 511-fit reference protocol of the Hitchhiker reproduction as one call, for benchmarks and other callers
 * outside the module: every experiment ({@link Experiment}) on OPT and then on GPT-3, exactly the tasks the
 * reproduction runs first, and a check of the results against the independent numpy/scipy reimplementation in
 * {@code hitchhiker/derived/reference_numpy_scipy.csv} (the peer: 47.7 s for these fits on one core).
 *
 * <p>The check: every fit has the reference's training and test point counts, and every well-posed fit (see
 * {@link #wellPosed}) its ARE within {@value #TOLERANCE_PP} percentage points; the test
 * {@code ReferenceCrossCheckTest} asserts the same on the reproduction's own run.
 */
public final class ReferenceProtocol {

    /** The reference fits of the numpy/scipy peer. */
    public static final String REFERENCE = "derived/reference_numpy_scipy.csv";
    /** Largest ARE difference to the reference allowed for a well-posed fit, in percentage points. */
    public static final double TOLERANCE_PP = 0.02;

    private final List<FitTask> tasks;
    private final Protocol protocol = Protocol.standard();

    private ReferenceProtocol(List<FitTask> tasks) {
        this.tasks = List.copyOf(tasks);
    }

    /** @return the protocol's tasks on the OPT trajectories and GPT-3 curves read from {@code store}. */
    public static ReferenceProtocol load(DataStore store) {
        return new ReferenceProtocol(HitchhikerReproduction.referenceTasks(OptTrajectories.load(store),
                Gpt3Curves.load(store)));
    }

    /** @return the tasks, in the reproduction's order. */
    public List<FitTask> tasks() {
        return tasks;
    }

    /** @return every fit, in task order, run on {@code threads} threads. */
    public List<CellResult> run(int threads) {
        return protocol.runAll(tasks, threads, done -> { });
    }

    /**
     * A fit is identifiable when it has at least three training models (or is the one-model form), more training
     * points than free parameters and, for the keep-last experiment, a window of at least 10% of the tokens
     * (m &lt;= 0.9); elsewhere the end point depends on the solver's path, and only the point counts are compared.
     */
    public static boolean wellPosed(CellResult c) {
        int free = c.experiment() == Experiment.ONE_MODEL ? 3 : 5;
        boolean models = c.k() >= 3 || c.experiment() == Experiment.ONE_MODEL;
        boolean window = c.experiment() != Experiment.MINIMAL_CUT || c.parameter() <= 0.9;
        return models && c.trainPoints() > free && window;
    }

    /**
     * The outcome of comparing a run with the reference.
     *
     * @param fits        fits compared
     * @param compared    well-posed fits whose ARE was compared
     * @param worst       the largest ARE difference among them, percentage points
     * @param differences one line per disagreement; empty when the run agrees
     */
    public record Agreement(int fits, int compared, double worst, List<String> differences) {

        public Agreement {
            differences = List.copyOf(differences);
        }

        /** @return true when every fit agrees with the reference. */
        public boolean agrees() {
            return differences.isEmpty();
        }
    }

    /** @return how {@code cells} (a run of this protocol) compare with the reference read from {@code store}. */
    public static Agreement check(List<CellResult> cells, DataStore store) {
        Map<String, double[]> reference = new HashMap<>();
        CsvReader.forEach(store.path(HitchhikerData.DATASET, REFERENCE), List.of("family", "experiment",
                "train_models", "param", "n_train_points", "n_test_points", "are_percent"), row -> {
                    String are = row.optionalText("are_percent");
                    reference.put(key(row.text("family"), row.text("experiment"),
                            List.of(row.text("train_models").split(";")), row.number("param")),
                            new double[] {row.longValue("n_train_points"), row.longValue("n_test_points"),
                                are.isEmpty() ? Double.NaN : Double.parseDouble(are)});
                });
        List<String> differences = new ArrayList<>();
        if (reference.size() != cells.size()) {
            differences.add(cells.size() + " fits, the reference has " + reference.size());
        }
        int compared = 0;
        double worst = 0;
        for (CellResult c : cells) {
            double[] r = reference.get(key(c.family(), c.experiment().id(), c.train(), c.parameter()));
            String label = String.format(Locale.ROOT, "%s %s %s p=%.2f", c.family(), c.experiment(), c.train(),
                    c.parameter());
            if (r == null) {
                differences.add("no reference for " + label);
                continue;
            }
            if (r[0] != c.trainPoints() || r[1] != c.testPoints()) {
                differences.add(String.format(Locale.ROOT, "%s: points %d/%d, reference %d/%d", label,
                        c.trainPoints(), c.testPoints(), (int) r[0], (int) r[1]));
            }
            if (wellPosed(c) && Double.isFinite(r[2])) {
                double diff = Math.abs(c.are() - r[2]);
                compared++;
                worst = Math.max(worst, Double.isNaN(diff) ? Double.POSITIVE_INFINITY : diff);
                if (!(diff <= TOLERANCE_PP)) {
                    differences.add(String.format(Locale.ROOT, "%s: ARE %.4f, reference %.4f", label, c.are(), r[2]));
                }
            }
        }
        return new Agreement(cells.size(), compared, worst, differences);
    }

    private static String key(String family, String experiment, List<String> train, double parameter) {
        return family + "|" + experiment + "|" + String.join(";", train) + "|"
                + String.format(Locale.ROOT, "%.4f", parameter);
    }
}
