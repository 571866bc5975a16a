package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.List;
import org.scalingsuite.core.claim.Claim;
import org.scalingsuite.core.claim.ClaimsFile;
import org.scalingsuite.core.report.Paper;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.core.reproduction.Progress;
import org.scalingsuite.core.reproduction.Reproduction;
import org.scalingsuite.reproductions.criticalbatchsize.data.MerrillTables;
import org.scalingsuite.reproductions.criticalbatchsize.data.PublishedConstants;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawBootstrapFit;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawBootstrapFits;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawMoeRun;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawRun;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawRuns;
import org.scalingsuite.reproductions.criticalbatchsize.data.ZhangRun;
import org.scalingsuite.reproductions.criticalbatchsize.data.ZhangStepsTable;

/**
 * Critical batch size: Merrill et al. (2025, "Critical Batch Size Revisited") with its baselines McCandlish et
 * al. (2018), Kaplan et al. (2020) and Zhang et al. (2024), and the Step Law hyperparameter law (Li et al. 2025).
 * Merrill et al. released no branch losses, so their selection rule, warmup arithmetic, tables and Appendix D are
 * reproduced; the baselines are recomputed from Zhang et al.'s steps-to-target table and Step Law's released grid
 * and bootstrap fits. Units: Merrill documents of 4096 tokens, Zhang sequences of 512 tokens, Step Law batches in
 * tokens (the grid's {@code bs} in sequences of 2048), Kaplan tokens with loss in nats.
 */
public final class CriticalBatchSizeReproduction implements Reproduction {

    public static final String ID = "critical-batch-size";

    private static final Paper PAPER = new Paper("Merrill et al. 2025", "Critical Batch Size Revisited",
            "William Merrill, Shane Arora, Dirk Groeneveld, Hannaneh Hajishirzi", "arXiv:2505.23971",
            "Measures the local critical batch size of OLMo runs by branched training and uses it for batch-size "
                    + "warmup. With no released branch data, the rule, the warmup arithmetic and Tables 1-2 are "
                    + "reproduced, with McCandlish's and Kaplan's critical-batch laws, Zhang et al.'s CBS fits "
                    + "recomputed from their steps-to-target table, and Step Law checked against its released grid.");

    private final int threads;

    /** Uses every available processor for the bootstrap. */
    public CriticalBatchSizeReproduction() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads the threads for the Step Law bootstrap */
    public CriticalBatchSizeReproduction(int threads) {
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
        List<Claim> claims = ClaimsFile.load(ID);
        ReproductionReport.Builder report = ReproductionReport.builder(ID, PAPER, claims);
        progress.update("loading data", 0);
        PublishedConstants constants = PublishedConstants.load(data);
        MerrillTables tables = MerrillTables.load(data);
        List<ZhangRun> zhangRuns = ZhangStepsTable.load(data);
        List<StepLawRun> dense = StepLawRuns.loadDense(data);
        List<StepLawMoeRun> moe = StepLawRuns.loadMoe(data);
        List<StepLawBootstrapFit> released = StepLawBootstrapFits.load(data);

        progress.update("Merrill et al.: warmup arithmetic, tables, Appendix D", 0.1);
        MerrillSection.contribute(report, tables, constants);

        progress.update("Zhang et al.: S(B) fits", 0.2);
        List<ZhangModelFit> zhang = ZhangCbsFit.fitModels(zhangRuns);
        ZhangSection.contribute(report, zhangRuns, zhang, new PublishedValues(claims));

        progress.update("McCandlish et al.: noise-scale estimator", 0.3);
        McCandlishSection.contribute(report, zhang.get(zhang.size() - 1).logFit());

        progress.update("Kaplan et al.: B_crit(L)", 0.5);
        KaplanSection.contribute(report, constants, zhang);

        progress.update("Step Law: released fits, grid check, refit", 0.6);
        StepLawSection.contribute(report, released, dense, moe, constants, threads);
        progress.update("done", 1);
        return report.build();
    }
}
