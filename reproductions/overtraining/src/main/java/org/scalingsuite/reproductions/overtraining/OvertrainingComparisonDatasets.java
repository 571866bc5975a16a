package org.scalingsuite.reproductions.overtraining;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalingsuite.core.compare.ComparisonDataset;
import org.scalingsuite.core.compare.ComparisonDatasetProvider;
import org.scalingsuite.core.compare.HoldOut;
import org.scalingsuite.core.compare.RunSet;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.reproductions.overtraining.data.ModelRun;
import org.scalingsuite.reproductions.overtraining.data.Testbed;
import org.scalingsuite.reproductions.overtraining.data.TrainingSet;

/**
 * The over-training testbed of Gadre et al. (2024, arXiv:2403.08540) as comparison data sets, one per training
 * set: {@code overtraining-rpj} (RedPajama, 35 runs), {@code overtraining-c4} (C4, 34) and {@code overtraining-rw}
 * (RefinedWeb, 35). Every released run of the training set is used, read by {@link Testbed#load}: N =
 * {@code hyperparameters.params} (embeddings included), D = {@code hyperparameters.tokens}, and the response is
 * the final checkpoint's C4-eval loss ({@code c4_val}, nats per token) whatever the training set.
 *
 * <p>The split mirrors the paper's question, "fit small, predict the large runs": the 0.011B-0.411B shapes at
 * every token multiplier (M = 5 ... 640) are fitted, and every run of the 1.4B and 6.9B shapes is held out, which
 * includes the paper's two targets (the over-trained 1.4B run and 6.9B at M = 20) and the 1.4B run at M = 20.
 * The paper itself fits its law on only 5 of the small runs ({@link GadreRecipe}); the comparison fits all of
 * them (31 or 32), so its errors are not the paper's Table 2 numbers.
 */
public final class OvertrainingComparisonDatasets implements ComparisonDatasetProvider {

    /** Held out: the 1.4B and 6.9B shapes (N about 1.4e9 and 6.9e9); fitted: 0.411B (4.1e8) and below. */
    public static final double HOLD_OUT_FROM = 1e9;

    private static final String SOURCE = "Gadre et al. 2024, arXiv:2403.08540 (mlfoundations/scaling @ a003c49)";

    @Override
    public List<ComparisonDataset> datasets() {
        List<ComparisonDataset> list = new ArrayList<>();
        for (TrainingSet set : List.of(TrainingSet.RED_PAJAMA, TrainingSet.C4, TrainingSet.REFINED_WEB)) {
            list.add(new ComparisonDataset(id(set), "Over-training testbed, models trained on " + set.label()
                    + ": final C4-eval loss (nats) of every run, 6 shapes x token multipliers 5-640 (N with "
                    + "embeddings)", SOURCE, HoldOut.atOrAbove(HOLD_OUT_FROM), store -> runSet(store, set)));
        }
        return List.copyOf(list);
    }

    /** @return the data set id of a training set, e.g. {@code overtraining-rpj}. */
    public static String id(TrainingSet set) {
        return switch (set) {
            case RED_PAJAMA -> "overtraining-rpj";
            case C4 -> "overtraining-c4";
            case REFINED_WEB -> "overtraining-rw";
        };
    }

    /** @return the runs of one training set: inputs (N, D), response the C4-eval loss. */
    public static RunSet runSet(DataStore store, TrainingSet set) {
        Testbed testbed = Testbed.load(store);
        List<ModelRun> runs = testbed.runs(set);
        double[] n = runs.stream().mapToDouble(r -> (double) r.parameters()).toArray();
        double[] d = runs.stream().mapToDouble(r -> (double) r.tokens()).toArray();
        double[] loss = runs.stream().mapToDouble(ModelRun::c4Loss).toArray();
        double[] multipliers = runs.stream().mapToDouble(ModelRun::multiplier).distinct().sorted().toArray();
        return new RunSet(Observations.of(List.of("N", "D"), new double[][] {n, d}, "C4-eval loss", loss),
                List.of(String.format(Locale.ROOT, "%d runs: every released model trained on %s (%d of the testbed's "
                        + "%d), none filtered; N = hyperparameters.params, D = hyperparameters.tokens = M x N with M "
                        + "in %s; loss = final C4-eval loss (c4_val)", runs.size(), set.label(), runs.size(),
                        testbed.runs().size(), multiplierList(multipliers))));
    }

    private static String multiplierList(double[] multipliers) {
        List<String> parts = new ArrayList<>();
        for (double m : multipliers) {
            parts.add(m == Math.rint(m) ? Long.toString((long) m) : Double.toString(m));
        }
        return "{" + String.join(", ", parts) + "}";
    }
}
