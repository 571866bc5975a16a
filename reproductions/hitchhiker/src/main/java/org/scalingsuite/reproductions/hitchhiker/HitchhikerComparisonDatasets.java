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
 * sets: every checkpoint with more than 10B tokens seen (the paper's "10B cut", Sec. 6.1, its recommended
 * selection, applied by {@link Selection}, which also drops step-0 checkpoints). The GPT-3 curves are digitised
 * densely (6,446 points after the cut), so they are thinned to one measured point per model and 0.1 decade of
 * tokens ({@link TokenGridThinning}), 15 per model, about the density of the OPT checkpoints. OPT (130 checkpoints
 * after the cut) and Pythia (98) are used whole, as the paper selects them: at this size the comparison's cost is
 * mostly the methods' start grids (thinning both to one point per 0.2 decade, 42 each, saved about a third of
 * the CPU time of {@code compare}, 3-6 s on a loaded 2-core machine, for two thirds of the checkpoints). All the
 * dropped counts are in the run set's notes.
 *
 * <p><b>Split.</b> The largest model of the family is held out (OPT-175b, GPT-3 175B, Pythia-12b), as in the
 * paper, and all its checkpoints after the cut are scored; the paper scores only the last 30% of its tokens, so
 * the errors here are not the paper's ARE cells.
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
    /** The GPT-3 thinning grid: bins per decade of tokens, from the 10B cut. */
    public static final int GPT3_BINS_PER_DECADE = 10;

    private static final String PAPER = "Choshen et al. 2024, arXiv:2410.11840 (IBM/ColPret @ 16f23bb)";

    @Override
    public List<ComparisonDataset> datasets() {
        return List.of(
                new ComparisonDataset("hitchhiker-gpt3", "GPT-3 Small-175B validation-loss curves (loss in nats), "
                        + "checkpoints after 10B tokens, thinned to one digitised point per 0.1 decade of tokens",
                        PAPER + "; curves digitised from Brown et al. 2020", HoldOut.atOrAbove(HOLD_OUT_175B),
                        HitchhikerComparisonDatasets::gpt3),
                new ComparisonDataset("hitchhiker-opt", "OPT 125M-175B checkpoints after 10B tokens; loss = "
                        + "validation PERPLEXITY, raw (not log), as the paper fits it: errors not comparable with "
                        + "other data sets", PAPER + "; OPT checkpoints of Zhang et al. 2022",
                        HoldOut.atOrAbove(HOLD_OUT_175B), HitchhikerComparisonDatasets::opt),
                new ComparisonDataset("hitchhiker-pythia", "Pythia 70M-12B (v1, not deduplicated) zero-shot evals "
                        + "after 10B tokens; loss = log2 LAMBADA perplexity (bits), as the paper fits it",
                        PAPER + "; evals of EleutherAI/pythia @ a19eecb (Biderman et al. 2023)",
                        HoldOut.atOrAbove(HOLD_OUT_12B), HitchhikerComparisonDatasets::pythia));
    }

    /** @return the OPT checkpoints after the 10B cut; the response is raw validation perplexity. */
    public static RunSet opt(DataStore store) {
        ModelFamily family = OptTrajectories.load(store);
        List<Checkpoint> cut = afterCut(family);
        return runSet(family, cut, cut, "loss = validation perplexity (ppl column), raw");
    }

    /** @return the GPT-3 checkpoints after the 10B cut, thinned; the response is validation loss in nats. */
    public static RunSet gpt3(DataStore store) {
        ModelFamily family = Gpt3Curves.load(store);
        List<Checkpoint> cut = afterCut(family);
        List<Checkpoint> thinned = new TokenGridThinning(HitchhikerRecipe.CUT_TOKENS, GPT3_BINS_PER_DECADE).thin(cut);
        return runSet(family, cut, thinned, String.format(Locale.ROOT, "thinned to one point per model and 1/%d "
                + "decade of tokens (the one nearest the bin's centre in log D, no averaging): %d of the %d points "
                + "after the cut kept; loss = digitised val_loss, nats", GPT3_BINS_PER_DECADE, thinned.size(),
                cut.size()));
    }

    /** @return the Pythia (v1, not deduplicated) checkpoints after the 10B cut; the response is log2 perplexity. */
    public static RunSet pythia(DataStore store) {
        Map<String, ModelFamily> families = PythiaEvals.load(store);
        ModelFamily family = families.get("pythia");
        List<Checkpoint> cut = afterCut(family);
        int deduped = families.get("pythia-deduped").checkpoints().size();
        return runSet(family, cut, cut, String.format(Locale.ROOT, "loss = log2(lambada_openai_ppl), bits; family "
                + "'pythia' of the v1 zero-shot evals: %d of the file's %d rows (%d more are the deduplicated family, "
                + "not used here; %d are other suites, shot settings or variants, or lack a perplexity)",
                family.checkpoints().size(), family.rowsRead(), deduped, family.rowsSkipped()));
    }

    /** @return every checkpoint of the family with more than 10B tokens seen, in file order. */
    static List<Checkpoint> afterCut(ModelFamily family) {
        return Selection.rows(family, family.models(), Double.NaN, Double.NaN, true);
    }

    private static RunSet runSet(ModelFamily family, List<Checkpoint> cut, List<Checkpoint> used, String lossNote) {
        double[] n = used.stream().mapToDouble(Checkpoint::parameters).toArray();
        double[] d = used.stream().mapToDouble(Checkpoint::tokens).toArray();
        double[] loss = used.stream().mapToDouble(Checkpoint::loss).toArray();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%s: %d models, %d checkpoints loaded; the 10B cut (tokens > 1e10, "
                + "no step-0 rows) keeps %d and drops %d", family.name(), family.models().size(),
                family.checkpoints().size(), cut.size(), family.checkpoints().size() - cut.size()));
        notes.add(lossNote);
        notes.add("N = nominal parameters, D = tokens seen at the checkpoint; intermediate checkpoints are points "
                + "like final ones (the Hitchhiker protocol); the learning-rate schedule is ignored");
        return new RunSet(Observations.of(List.of("N", "D"), new double[][] {n, d}, family.name() + " loss", loss),
                notes);
    }
}
