package org.scalingsuite.datasets.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scalingsuite.core.compare.RunSet;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Li, Kudugunta, Zettlemoyer, "(Mis)Fitting: A Survey of Scaling Laws" (ICLR 2025): the final checkpoints of
 * their open_lm sweep, {@code misfitting2025/scaling_results_last_ckpt_only.csv} (byte copy of
 * hadasah/scaling_laws {@code data/scaling_results_last_ckpt_only.csv}), 261 runs of 11 model sizes at up to
 * five peak learning rates. Columns are read by name: {@code model}, {@code N}, {@code N_no_emb}, {@code D},
 * {@code peak_lr}, {@code loss}; the file's {@code portion_steps_elapsed} must be 1 (end of schedule).
 *
 * <p>Eight rows of the released file repeat an earlier run in every column read (lines 161, 163, 164, 170, 173,
 * 178, 183 and 190; they differ at most in the epoch columns). A row that repeats an earlier one in every column
 * read is kept (it cannot change the best loss of its (N, D), and ties keep the first) and counted by
 * {@link #repeats}, which the comparison notes report.
 *
 * <p>For a loss law, the usual practice (and the one here, {@link #bestOverLearningRates}) keeps the lowest
 * loss over learning rates for each (N, D): 81 points. N includes embeddings.
 */
public final class MisfittingSweep {

    public static final String DATASET = "misfitting2025";
    public static final String FILE = "scaling_results_last_ckpt_only.csv";

    private MisfittingSweep() {
    }

    /** @return every run of the file, in file order. */
    public static List<MisfittingRun> load(DataStore store) {
        List<MisfittingRun> runs = new ArrayList<>();
        CsvReader.forEach(store.path(DATASET, FILE),
                List.of("model", "N", "N_no_emb", "D", "peak_lr", "loss", "portion_steps_elapsed"), row -> {
                    double portion = row.number("portion_steps_elapsed");
                    if (portion != 1.0) {
                        throw row.invalid("portion_steps_elapsed", row.optionalText("portion_steps_elapsed"),
                                "must be 1.0 (the end of the schedule) in the last-checkpoint file");
                    }
                    runs.add(new MisfittingRun(row.line(), row.text("model"), row.positive("N"),
                            row.positive("N_no_emb"), row.positive("D"), row.positive("peak_lr"),
                            row.positive("loss")));
                });
        return List.copyOf(runs);
    }

    /** @return the runs that repeat an earlier run in every column read (model, N, N_no_emb, D, peak_lr, loss). */
    public static List<MisfittingRun> repeats(List<MisfittingRun> runs) {
        Set<List<Object>> seen = new HashSet<>();
        return runs.stream().filter(r -> !seen.add(List.of(r.model(), r.n(), r.nNoEmbedding(), r.d(), r.peakLr(),
                r.loss()))).toList();
    }

    /**
     * @return for each (N, D), in order of first appearance, the run with the lowest loss over learning rates
     *         (the first such run on ties)
     */
    public static List<MisfittingRun> bestOverLearningRates(List<MisfittingRun> runs) {
        Map<List<Double>, MisfittingRun> best = new LinkedHashMap<>();
        for (MisfittingRun r : runs) {
            best.merge(List.of(r.n(), r.d()), r, (a, b) -> b.loss() < a.loss() ? b : a);
        }
        return List.copyOf(best.values());
    }

    /** @return the comparison data: the best run over learning rates per (N, D), N with embeddings. */
    public static RunSet runSet(DataStore store) {
        List<MisfittingRun> all = load(store);
        List<MisfittingRun> best = bestOverLearningRates(all);
        List<MisfittingRun> repeats = repeats(all);
        double[] n = best.stream().mapToDouble(MisfittingRun::n).toArray();
        double[] d = best.stream().mapToDouble(MisfittingRun::d).toArray();
        double[] loss = best.stream().mapToDouble(MisfittingRun::loss).toArray();
        return new RunSet(Observations.of(List.of("N", "D"), new double[][] {n, d}, "loss", loss), List.of(
                "kept the lowest loss over peak learning rates for each (N, D): " + all.size() + " runs -> "
                        + best.size() + " points (" + (all.size() - best.size())
                        + " runs at other learning rates not used)",
                "N includes embeddings (column N); loss is the final C4 validation loss",
                repeats.size() + " of the runs repeat an earlier run in every column read"
                        + (repeats.isEmpty() ? "" : " (lines " + repeats.stream().map(r -> Long.toString(r.line()))
                                .collect(java.util.stream.Collectors.joining(", ")) + "); each is among the runs not used")));
    }
}
