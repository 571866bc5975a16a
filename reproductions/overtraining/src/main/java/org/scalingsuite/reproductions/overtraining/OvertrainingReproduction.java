package org.scalingsuite.reproductions.overtraining;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scalingsuite.core.claim.ClaimsFile;
import org.scalingsuite.core.report.Paper;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.core.reproduction.Progress;
import org.scalingsuite.core.reproduction.Reproduction;
import org.scalingsuite.reproductions.overtraining.TrainingSetFit.Split;
import org.scalingsuite.reproductions.overtraining.data.ModelRun;
import org.scalingsuite.reproductions.overtraining.data.Testbed;
import org.scalingsuite.reproductions.overtraining.data.TrainingSet;

/**
 * Gadre et al. (2024), "Language models scale reliably with over-training and on downstream tasks": the
 * over-training loss law L(C, M) = E + (a M^eta + b M^-eta) C^-eta and the loss-to-error law
 * Err(L) = epsilon - k exp(-gamma L), fit with the authors' released recipe ({@link GadreRecipe}) to their
 * released testbed of 104 models, for the three training sets. Reproduces the notebook's Figure-1 numbers, the
 * abstract's compute ratios, the per-dataset predictions and the relative-error grid over every run, and runs a
 * labelled Chinchilla-style second method ({@link ChinchillaStyleFit}) beside it. Report content is built by
 * {@link OvertrainingReport}.
 */
public final class OvertrainingReproduction implements Reproduction {

    public static final String ID = "overtraining";

    static final Paper PAPER = new Paper("Gadre et al. 2024",
            "Language models scale reliably with over-training and on downstream tasks",
            "Samir Yitzhak Gadre, Georgios Smyrnis, Vaishaal Shankar, Suchin Gururangan, Mitchell Wortsman, "
                    + "Rulin Shao, Jean Mercat, Alex Fang, Jeffrey Li, Sedrick Keh, et al.",
            "arXiv:2403.08540",
            "Fits a Chinchilla law with one shared exponent, rewritten in compute and token multiplier, to five "
                    + "small runs, and a loss-to-error law to six, and predicts the C4-eval loss and the mean "
                    + "top-1 error of an over-trained 1.4B run and a 6.9B run; reproduced here from the authors' "
                    + "104 released models with their fitting recipe.");

    private final int threads;

    /** Uses every available processor. */
    public OvertrainingReproduction() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads the threads for the multi-start fits */
    public OvertrainingReproduction(int threads) {
        this.threads = threads;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Paper paper() {
        return PAPER;
    }

    @Override
    public ReproductionReport run(DataStore data, Progress progress) {
        ReproductionReport.Builder report = ReproductionReport.builder(ID, PAPER, ClaimsFile.load(ID));
        progress.update("reading 104 model and 104 eval files", 0);
        Testbed testbed = Testbed.load(data);
        dataClaims(report, testbed);

        Map<TrainingSet, TrainingSetFit> fits = new EnumMap<>(TrainingSet.class);
        Map<TrainingSet, ChinchillaStyleFit> second = new EnumMap<>(TrainingSet.class);
        int step = 0;
        for (TrainingSet set : TrainingSet.values()) {
            progress.update("128-start fit, " + set.label(), 0.2 + 0.8 * step++ / 6);
            fits.put(set, TrainingSetFit.fit(set, testbed.runs(set), testbed.tasks(), threads));
        }
        for (TrainingSet set : TrainingSet.values()) {
            progress.update("Chinchilla-style 900-start fit, " + set.label(), 0.2 + 0.8 * step++ / 6);
            second.put(set, ChinchillaStyleFit.fit(fits.get(set), threads));
        }

        // Figure 1 (RedPajama, C4 eval, 17 tasks) and the abstract's compute ratios.
        TrainingSetFit rpj = fits.get(TrainingSet.RED_PAJAMA);
        ModelRun overtrained = target(testbed, TrainingSet.RED_PAJAMA, true);
        ModelRun large = target(testbed, TrainingSet.RED_PAJAMA, false);
        report.value("target.1b.params", overtrained.parameters())
                .value("target.1b.tokens", overtrained.tokens())
                .value("target.1b.overtraining", overtrained.multiplier() / GadreRecipe.COMPUTE_OPTIMAL)
                .value("target.7b.params", large.parameters())
                .value("target.7b.tokens", large.tokens());
        report.value("fig1.loss.1b", rpj.lossRelativeError(overtrained))
                .value("fig1.loss.7b", rpj.lossRelativeError(large))
                .value("fig1.err17.1b", rpj.errorRelativeError(overtrained, Split.TASKS_17))
                .value("fig1.err17.7b", rpj.errorRelativeError(large, Split.TASKS_17));
        report.value("abstract.loss_compute.1b", overtrained.compute() / rpj.lossFitCompute())
                .value("abstract.loss_compute.7b", large.compute() / rpj.lossFitCompute())
                .value("abstract.error_compute.1b", overtrained.compute() / rpj.errorFitCompute())
                .value("abstract.error_compute.7b", large.compute() / rpj.errorFitCompute());

        OvertrainingReport.addContent(report, testbed, fits, second);
        progress.update("other validation sets, RedPajama", 0.97);
        report.table(OvertrainingReport.validationSetTable(rpj, overtrained, large, threads));
        progress.update("done", 1);
        return report.build();
    }

    /** @return the over-trained 1.4B target ({@code overtrained}) or the 6.9B target of a training set. */
    static ModelRun target(Testbed testbed, TrainingSet set, boolean overtrained) {
        List<ModelRun> found = testbed.select(r -> r.trainingSet() == set
                && (overtrained ? GadreRecipe.isOvertrainedTarget(r) : GadreRecipe.isLargeTarget(r)));
        if (found.size() != 1) {
            throw new IllegalStateException(set.label() + ": " + found.size() + " runs for the "
                    + (overtrained ? "over-trained 1.4B" : "6.9B") + " target");
        }
        return found.get(0);
    }

    private static void dataClaims(ReproductionReport.Builder report, Testbed testbed) {
        report.value("data.models", testbed.runs().size())
                .value("data.runs.c4", testbed.runs(TrainingSet.C4).size())
                .value("data.runs.rpj", testbed.runs(TrainingSet.RED_PAJAMA).size())
                .value("data.runs.rw", testbed.runs(TrainingSet.REFINED_WEB).size())
                .value("data.tasks", testbed.tasks().size())
                .value("data.subset", GadreRecipe.SUBSET_17.stream().filter(testbed.tasks()::contains).count())
                .value("data.multiplier_mismatches", testbed.multiplierMismatches().size())
                .value("data.params.min", testbed.runs().stream().mapToLong(ModelRun::parameters).min().orElse(0))
                .value("data.params.max", testbed.runs().stream().mapToLong(ModelRun::parameters).max().orElse(0));
    }

    static String format(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
