package org.scalingsuite.reproductions.hitchhiker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scalingsuite.core.compare.ComparisonDataset;
import org.scalingsuite.core.compare.ComparisonDatasetProvider;
import org.scalingsuite.core.compare.HoldOut;
import org.scalingsuite.core.compare.RunSet;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.reproductions.hitchhiker.data.Checkpoint;
import org.scalingsuite.reproductions.hitchhiker.data.Gpt3Curves;
import org.scalingsuite.reproductions.hitchhiker.data.ModelFamily;
import org.scalingsuite.reproductions.hitchhiker.data.OptTrajectories;
import org.scalingsuite.reproductions.hitchhiker.data.PythiaEvals;

/**
 * The Hitchhiker families with several sizes as comparison data sets: {@code hitchhiker-opt} (OPT 125M-175B),
 * {@code hitchhiker-gpt3} (GPT-3 Small-175B) and {@code hitchhiker-pythia} (Pythia v1 70M-12B, not
 * deduplicated), read by the module's loaders ({@link OptTrajectories}, {@link Gpt3Curves}, {@link PythiaEvals}).
 *
 * <p><b>Which points.</b> Every model of these families was trained on one token budget (about 300B tokens), so
 * their final checkpoints all share one D and cannot identify the data term B/D^beta. Choshen et al. (2024)
 * therefore fit the intermediate checkpoints, each as a point (N, D = tokens seen so far), and so do these data
 * sets, with two reductions, both counted in the run set's notes:
 * <ol>
 *   <li>only checkpoints with more than 10B tokens seen: the paper's "10B cut" (Sec. 6.1), its recommended
 *       selection, applied by {@link Selection} (which also drops step-0 checkpoints);</li>
 *   <li>one measured checkpoint per model and 0.2 decade of tokens ({@link TokenGridThinning}, 5 bins per decade
 *       from 1e10: 5-8 points per model over the remaining 1.5 decades). The GPT-3 curves are digitised densely
 *       (6,446 points after the cut), and the comparison's cost grows with the points (three of its methods
 *       run 4,500-start grids, and the site's main job runs it on every data set), so the same rule is applied
 *       to all three families: it keeps each data set to a few seconds and spreads the points evenly along
 *       log D, the law's axis, where the released checkpoints are spaced linearly in steps.</li>
 * </ol>
 *
 * <p><b>Split.</b> The largest model of the family is held out (OPT-175b, GPT-3 175B, Pythia-12b), as in the
 * paper, and all its kept checkpoints are scored; the paper scores only the last 30% of its tokens (and fits
 * every checkpoint), so the errors here are not the paper's ARE cells.
 *
 * <p><b>Loss.</b> Each family keeps the loss the Hitchhiker fits use, and they differ: OPT is raw validation
 * <em>perplexity</em> (about 10-45 after the cut), GPT-3 validation cross-entropy in nats, Pythia log2 of the
 * LAMBADA perplexity (bits). Relative errors are therefore not comparable across families; the titles say so.
 */
public final class HitchhikerComparisonDatasets implements ComparisonDatasetProvider {

    /** OPT and GPT-3: 175B is held out, the next size (30B, 13B) is fitted. */
    public static final double HOLD_OUT_175B = 1e11;
    /** Pythia: 12B is held out, 6.9B is fitted. */
    public static final double HOLD_OUT_12B = 1e10;
    /** The thinning grid: bins per decade of tokens, from the 10B cut. */
    public static final int BINS_PER_DECADE = 5;

    private static final String PAPER = "Choshen et al. 2024, arXiv:2410.11840 (IBM/ColPret @ 16f23bb)";
    private static final String POINTS = "checkpoints after 10B tokens, one per model and 0.2 decade of tokens";

    @Override
    public List<ComparisonDataset> datasets() {
        return List.of(
                new ComparisonDataset("hitchhiker-gpt3", "GPT-3 Small-175B validation-loss curves digitised by "
                        + "the paper (loss in nats), " + POINTS, PAPER + "; curves from Brown et al. 2020",
                        HoldOut.atOrAbove(HOLD_OUT_175B), HitchhikerComparisonDatasets::gpt3),
                new ComparisonDataset("hitchhiker-opt", "OPT 125M-175B, " + POINTS + "; loss = validation "
                        + "PERPLEXITY, raw (not log), as the paper fits it: errors not comparable with other data "
                        + "sets", PAPER + "; OPT checkpoints of Zhang et al. 2022", HoldOut.atOrAbove(HOLD_OUT_175B),
                        HitchhikerComparisonDatasets::opt),
                new ComparisonDataset("hitchhiker-pythia", "Pythia 70M-12B (v1, not deduplicated) zero-shot evals, "
                        + POINTS + "; loss = log2 LAMBADA perplexity (bits), as the paper fits it",
                        PAPER + "; evals of EleutherAI/pythia @ a19eecb (Biderman et al. 2023)",
                        HoldOut.atOrAbove(HOLD_OUT_12B), HitchhikerComparisonDatasets::pythia));
    }

    /** @return the OPT checkpoints after the 10B cut, thinned; the response is raw validation perplexity. */
    public static RunSet opt(DataStore store) {
        return runSet(OptTrajectories.load(store), "loss = validation perplexity (ppl column), raw");
    }

    /** @return the GPT-3 points after the 10B cut, thinned; the response is validation loss in nats. */
    public static RunSet gpt3(DataStore store) {
        return runSet(Gpt3Curves.load(store), "loss = digitised val_loss, nats");
    }

    /** @return the Pythia (v1, not deduplicated) checkpoints after the 10B cut, thinned; response log2 ppl. */
    public static RunSet pythia(DataStore store) {
        Map<String, ModelFamily> families = PythiaEvals.load(store);
        ModelFamily family = families.get("pythia");
        int deduped = families.get("pythia-deduped").checkpoints().size();
        return runSet(family, String.format(Locale.ROOT, "loss = log2(lambada_openai_ppl), bits; family "
                + "'pythia' of the v1 zero-shot evals: %d of the file's %d rows (%d more are the deduplicated family, "
                + "not used here; %d are other suites, shot settings or variants, or lack a perplexity)",
                family.checkpoints().size(), family.rowsRead(), deduped, family.rowsSkipped()));
    }

    /** @return every checkpoint of the family with more than 10B tokens seen, in file order. */
    static List<Checkpoint> afterCut(ModelFamily family) {
        return Selection.rows(family, family.models(), Double.NaN, Double.NaN, true);
    }

    /** @return the checkpoints after the cut, thinned to the token grid, in file order. */
    static List<Checkpoint> points(ModelFamily family) {
        return new TokenGridThinning(HitchhikerRecipe.CUT_TOKENS, BINS_PER_DECADE).thin(afterCut(family));
    }

    private static RunSet runSet(ModelFamily family, String lossNote) {
        List<Checkpoint> cut = afterCut(family);
        List<Checkpoint> used = points(family);
        double[] n = used.stream().mapToDouble(Checkpoint::parameters).toArray();
        double[] d = used.stream().mapToDouble(Checkpoint::tokens).toArray();
        double[] loss = used.stream().mapToDouble(Checkpoint::loss).toArray();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%s: %d models, %d checkpoints loaded; the 10B cut (tokens > 1e10, "
                + "no step-0 rows) keeps %d and drops %d; thinned to one checkpoint per model and 1/%d decade of "
                + "tokens (the one nearest the bin's centre in log D; no averaging): %d kept", family.name(),
                family.models().size(), family.checkpoints().size(), cut.size(), family.checkpoints().size() - cut.size(),
                BINS_PER_DECADE, used.size()));
        notes.add(lossNote);
        notes.add("N = nominal parameters, D = tokens seen at the checkpoint; intermediate checkpoints are points "
                + "like final ones (the Hitchhiker protocol); the learning-rate schedule is ignored");
        return new RunSet(Observations.of(List.of("N", "D"), new double[][] {n, d}, family.name() + " loss", loss),
                notes);
    }
}
