package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.core.report.Axis;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.report.Series;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.reproductions.criticalbatchsize.data.MerrillTables;
import org.scalingsuite.reproductions.criticalbatchsize.data.PublishedConstants;

/**
 * The part of Merrill et al. (2025) that public material supports: the batch-size warmup arithmetic and the
 * rankings of Tables 1 and 2, the branch-length and learning-rate bookkeeping, the selection rule on a
 * constructed table, and Appendix D's time averages. Units: documents (sequences) of 4096 tokens, tokens.
 */
final class MerrillSection {

    static final String PAPER = "merrill2025";
    static final String T1_LOSS = "train_loss_avg_last_10B_tokens";
    /** The OLMo launcher's branch length: 512 steps at the base batch (scripts/augusta/batchsize in allenai/OLMo). */
    static final int BRANCH_BASE_STEPS = 512;
    /** The original OLMo 1B run's batch (documents) and peak learning rate (Appendix A; allenai/OLMo configs). */
    static final double ORIGINAL_1B_BATCH = 512;
    static final double ORIGINAL_1B_LR = 4e-4;
    /** Appendix D's horizon for the numeric checks (steps). */
    static final double HORIZON = 1e6;
    /** Relative accuracy asked of the quadrature. */
    static final double QUADRATURE_TOLERANCE = 1e-12;

    /** The constructed non-monotone branch losses of the selection-rule example (k = 1..8, epsilon 0.01). */
    static final double[] EXAMPLE_K = {1, 2, 3, 4, 5, 6, 7, 8};
    static final double[] EXAMPLE_LOSS = {2.700, 2.698, 2.715, 2.705, 2.709, 2.720, 2.731, 2.745};

    private MerrillSection() {
    }

    /** The three OLMo 1B runs of Section 4.2, built from the published thresholds. */
    record Runs(BatchSchedule warmup, BatchSchedule small, BatchSchedule large, BatchSchedule warmupPretraining,
            BatchSchedule smallPretraining, double[] thresholds) {
    }

    static Runs runs(PublishedConstants constants) {
        int doc = (int) constants.number(PAPER, "seq_len");
        double base = constants.number(PAPER, "olmo1b_base_batch");
        double pretraining = constants.number(PAPER, "pretraining_tokens");
        double midtraining = constants.number(PAPER, "midtraining_tokens");
        double[] thresholds = {constants.number(PAPER, "warmup_threshold_2048"),
            constants.number(PAPER, "warmup_threshold_4096")};
        BatchSchedule warmupPt = BatchSchedule.doubling("batch-size warmup", doc, base, thresholds, pretraining);
        BatchSchedule smallPt = BatchSchedule.constant("small-batch control", doc, pretraining, base);
        BatchSchedule largePt = BatchSchedule.constant("large-batch control", doc, pretraining, 4 * base);
        return new Runs(warmupPt.extendedAtFinalBatch(midtraining), smallPt.extendedAtFinalBatch(midtraining),
                largePt.extendedAtFinalBatch(midtraining), warmupPt, smallPt, thresholds);
    }

    static void contribute(ReproductionReport.Builder report, MerrillTables tables, PublishedConstants constants) {
        Runs runs = runs(constants);
        report.value("merrill.steps_saved.warmup", runs.warmup().stepsSavedVersus(runs.small()));
        report.value("merrill.steps_saved.large", runs.large().stepsSavedVersus(runs.small()));

        double ptWarm = tables.value("T1", MerrillTables.WARMUP, T1_LOSS, "pretraining");
        double ptSmall = tables.value("T1", MerrillTables.SMALL, T1_LOSS, "pretraining");
        double mtWarm = tables.value("T1", MerrillTables.WARMUP, T1_LOSS, "midtraining");
        double mtSmall = tables.value("T1", MerrillTables.SMALL, T1_LOSS, "midtraining");
        report.value("merrill.margin.pretraining", ptSmall - ptWarm);
        report.value("merrill.margin.midtraining", mtSmall - mtWarm);
        report.value("merrill.table1.warmup_rank.pretraining", rank(tables, "T1", T1_LOSS, "pretraining",
                MerrillTables.WARMUP));
        report.value("merrill.table1.warmup_rank.midtraining", rank(tables, "T1", T1_LOSS, "midtraining",
                MerrillTables.WARMUP));
        int wins = 0;
        for (String metric : new String[] {"c4_loss", "pile_loss"}) {
            for (String stage : new String[] {"pretraining", "midtraining"}) {
                if (rank(tables, "T2", metric, stage, MerrillTables.WARMUP) == 1) {
                    wins++;
                }
            }
        }
        report.value("merrill.table2.warmup_best_validation_cells", wins);

        double base = constants.number(PAPER, "olmo1b_base_batch");
        int doc = (int) constants.number(PAPER, "seq_len");
        double[] branchTokens = new double[EXAMPLE_K.length];
        for (int i = 0; i < EXAMPLE_K.length; i++) {
            branchTokens[i] = BRANCH_BASE_STEPS / EXAMPLE_K[i] * (EXAMPLE_K[i] * base) * doc;
        }
        report.value("merrill.branch_tokens", branchTokens[0]);

        // Learning rates: the sqrt rule from the original OLMo 1B run (batch 512, 4e-4) to the branching base
        // (batch 1024), and two warmup doublings from the small control to the large control.
        BatchSizeWarmup start = new BatchSizeWarmup(base, LearningRateScaling.ADAM.scale(ORIGINAL_1B_LR,
                base / ORIGINAL_1B_BATCH));
        report.value("merrill.lr.base_1b", start.learningRate());
        BatchSizeWarmup twice = start.doubled(LearningRateScaling.ADAM).doubled(LearningRateScaling.ADAM);
        report.value("merrill.lr.after_two_doublings", twice.learningRate());

        double c = 0.5;
        double numericPower = TimeAveragedCbs.numeric(t -> Math.pow(t, c), HORIZON,
                Math.pow(HORIZON, c), QUADRATURE_TOLERANCE);
        double numericLog = TimeAveragedCbs.numeric(t -> Math.log1p(t), HORIZON, Math.log1p(HORIZON),
                QUADRATURE_TOLERANCE);
        report.value("merrill.appendix_d.sqrt", numericPower);
        report.value("merrill.appendix_d.log", numericLog);

        report.table(table1(tables, runs));
        report.table(table2(tables));
        report.table(schedule(runs));
        report.table(ruleExample(base));
        report.table(appendixD());
        report.table(branches(base, doc, branchTokens));
        report.figure(warmupChart(runs));
        report.note("Merrill et al. released no branch losses and no CBS values, so Figures 2 and 3 (CBS over "
                + "training, noise scale) cannot be recomputed from public data; the selection rule, the warmup "
                + "arithmetic, the Table 1/2 comparisons and Appendix D are reproduced. The procedure's ground "
                + "truth is the public OLMo launch scripts (scripts/augusta/batchsize in allenai/OLMo): 512 base "
                + "steps per branch, batch 1024 k documents of 4096 tokens, learning rate sqrt(k) x base.");
        report.note("The paper's plateau CBS of about 4096 documents is 4096 x 4096 = 16,777,216 tokens. The warmup "
                + "thresholds (168B and 503B tokens) come from the authors' preliminary CBS measurements "
                + "(footnote 1), not from Figure 2; they fall at steps "
                + String.format(java.util.Locale.ROOT, "%.0f and %.0f", runs.warmup().stepAt(runs.thresholds()[0]),
                        runs.warmup().stepAt(runs.thresholds()[1])) + " of the warmup run.");
        report.note("Steps saved count the 50B-token mid-training anneal at the final batch, as Table 1's caption "
                + "says: " + pct(runs.warmup().stepsSavedVersus(runs.small())) + " with it, "
                + pct(runs.warmupPretraining().stepsSavedVersus(runs.smallPretraining()))
                + " for pretraining alone (which would not round to 43%).");
    }

    /** @return the 1-based rank of {@code method} (1 = lowest value) among the three runs in one cell. */
    static int rank(MerrillTables tables, String table, String metric, String stage, String method) {
        double v = tables.value(table, method, metric, stage);
        int rank = 1;
        for (String other : MerrillTables.METHODS) {
            if (!other.equals(method) && tables.value(table, other, metric, stage) < v) {
                rank++;
            }
        }
        return rank;
    }

    private static String pct(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    private static Table table1(MerrillTables tables, Runs runs) {
        Table.Builder t = Table.builder("merrill-table1", "Merrill et al. Table 1: OLMo 1B runs",
                        "run", "pretraining loss (nats/token)", "mid-training loss (nats/token)",
                        "steps saved, published (%)", "steps saved, recomputed (%)", "gradient steps (recomputed)")
                .caption("Losses averaged over the last 10B tokens (published). Steps recomputed from the schedule: "
                        + "608B pretraining tokens plus 50B anneal tokens at the final batch, documents of 4096 "
                        + "tokens; saved = 1 - steps / small-control steps.");
        BatchSchedule[] schedules = {runs.warmup(), runs.small(), runs.large()};
        for (int i = 0; i < 3; i++) {
            String m = MerrillTables.METHODS.get(i);
            t.row(schedules[i].name(), tables.value("T1", m, T1_LOSS, "pretraining"),
                    tables.value("T1", m, T1_LOSS, "midtraining"),
                    tables.value("T1", m, "grad_steps_saved_vs_small_batch_pct", "total_incl_anneal"),
                    100 * schedules[i].stepsSavedVersus(runs.small()), schedules[i].steps());
        }
        return t.build();
    }

    private static Table table2(MerrillTables tables) {
        Table.Builder t = Table.builder("merrill-table2", "Merrill et al. Table 2: downstream and validation metrics",
                        "metric", "stage", "batch-size warmup", "small-batch control", "large-batch control", "lowest")
                .caption("Published values (task BPB in bits per byte; C4 and Pile losses in nats/token; lower is "
                        + "better). 'Lowest' is computed. The text's 'best on three out of four conditions' matches "
                        + "the four validation-loss cells.");
        for (String metric : new String[] {"task_bpb", "c4_loss", "pile_loss"}) {
            for (String stage : new String[] {"pretraining", "midtraining"}) {
                String lowest = "";
                for (String m : MerrillTables.METHODS) {
                    if (rank(tables, "T2", metric, stage, m) == 1) {
                        lowest = m;
                    }
                }
                t.row(metric, stage, tables.value("T2", MerrillTables.WARMUP, metric, stage),
                        tables.value("T2", MerrillTables.SMALL, metric, stage),
                        tables.value("T2", MerrillTables.LARGE, metric, stage), lowest);
            }
        }
        return t.build();
    }

    private static Table schedule(Runs runs) {
        Table.Builder t = Table.builder("merrill-schedule", "Batch-size warmup schedule (OLMo 1B, Section 4.2)",
                        "run", "stage", "tokens", "batch (documents of 4096 tokens)", "batch (tokens)",
                        "gradient steps")
                .caption("Stages as trained; the last stage of each run includes the 50B-token mid-training anneal "
                        + "at the final batch. The learning rate is multiplied by sqrt 2 at each doubling.");
        for (BatchSchedule s : new BatchSchedule[] {runs.warmup(), runs.small(), runs.large()}) {
            int i = 1;
            for (BatchStage st : s.stages()) {
                t.row(s.name(), i++, st.tokens(), st.batchDocuments(), st.batchDocuments() * s.documentTokens(),
                        st.tokens() / (st.batchDocuments() * s.documentTokens()));
            }
        }
        return t.build();
    }

    static Table ruleExample(double base) {
        CbsEstimate literal = CbsRule.select(EXAMPLE_K, EXAMPLE_LOSS, CbsRule.EPSILON, base, CbsRule.Reading.LITERAL);
        CbsEstimate first = CbsRule.select(EXAMPLE_K, EXAMPLE_LOSS, CbsRule.EPSILON, base,
                CbsRule.Reading.FIRST_FAILURE);
        Table.Builder t = Table.builder("merrill-rule-example", "The CBS selection rule on a constructed branch table",
                        "reading", "k*", "interval (documents)", "plotted point (documents)", "plotted point (tokens)")
                .caption("Constructed smoothed losses for k = 1..8: 2.700, 2.698, 2.715, 2.705, 2.709, 2.720, 2.731, "
                        + "2.745 (epsilon 0.01, base batch 1024 documents). The rule as written takes the largest k "
                        + "whose loss is within epsilon of every smaller k's; stopping at the first failure gives a "
                        + "smaller k* when the losses are not monotone. No branch losses were published.");
        t.row("largest qualifying k (as written)", literal.multiplier(), literal.interval(), literal.point(),
                literal.point() * 4096);
        t.row("stop at first failure", first.multiplier(), first.interval(), first.point(), first.point() * 4096);
        return t.build();
    }

    private static Table appendixD() {
        Table.Builder t = Table.builder("merrill-appendix-d", "Appendix D: time-averaged CBS",
                        "local CBS f(t)", "horizon T (steps)", "closed form", "numeric (1/T) int f", "relative difference")
                .caption("Closed forms from Appendix D (Propositions 2 and 3) against adaptive Gauss-Kronrod "
                        + "quadrature.");
        double[][] cases = {{0.5, 1e6}, {0.25, 1e4}, {0.75, 1e8}, {1.0, 1e3}};
        for (double[] cs : cases) {
            double closed = TimeAveragedCbs.powerLaw(cs[0], cs[1]);
            double numeric = TimeAveragedCbs.numeric(tt -> Math.pow(tt, cs[0]), cs[1], Math.pow(cs[1], cs[0]),
                    QUADRATURE_TOLERANCE);
            t.row("t^" + cs[0], cs[1], closed, numeric, numeric / closed - 1);
        }
        for (double horizon : new double[] {1e3, 1e6}) {
            double closed = TimeAveragedCbs.logarithmic(horizon);
            double numeric = TimeAveragedCbs.numeric(Math::log1p, horizon, Math.log1p(horizon), QUADRATURE_TOLERANCE);
            t.row("log(t + 1)", horizon, closed, numeric, numeric / closed - 1);
        }
        return t.build();
    }

    private static Table branches(double base, int doc, double[] branchTokens) {
        Table.Builder t = Table.builder("merrill-branches", "Branch bookkeeping (OLMo launcher)",
                        "k", "batch (documents)", "steps", "tokens", "learning rate (OLMo 1B, sqrt k)")
                .caption("Every branch trains 512 base steps' worth of tokens: 512/k steps of 1024 k documents of "
                        + "4096 tokens = 2^31 tokens; base learning rate 4e-4 sqrt 2 for OLMo 1B.");
        double eta = LearningRateScaling.ADAM.scale(ORIGINAL_1B_LR, base / ORIGINAL_1B_BATCH);
        for (int i = 0; i < EXAMPLE_K.length; i++) {
            double k = EXAMPLE_K[i];
            t.row(k, k * base, BRANCH_BASE_STEPS / k, branchTokens[i], LearningRateScaling.ADAM.scale(eta, k));
        }
        return t.build();
    }

    private static Chart warmupChart(Runs runs) {
        List<Series> series = new ArrayList<>();
        Series.Style[] styles = {Series.Style.LINE, Series.Style.DASHED, Series.Style.DASHED};
        BatchSchedule[] schedules = {runs.warmup(), runs.small(), runs.large()};
        for (int i = 0; i < 3; i++) {
            List<double[]> pts = new ArrayList<>();
            double start = 0;
            for (BatchStage st : schedules[i].stages()) {
                pts.add(new double[] {start / 1e9, st.batchDocuments()});
                start += st.tokens();
                pts.add(new double[] {start / 1e9, st.batchDocuments()});
            }
            series.add(new Series(schedules[i].name(), styles[i], pts.stream().mapToDouble(p -> p[0]).toArray(),
                    pts.stream().mapToDouble(p -> p[1]).toArray()));
        }
        return new Chart("merrill-warmup", "Batch size over training: warmup and controls (OLMo 1B)",
                "Batch size in documents of 4096 tokens against tokens trained, for the batch-size warmup (doubling "
                        + "at 168B and 503B tokens) and the two constant-batch controls; the last 50B tokens are the "
                        + "mid-training anneal.",
                Axis.linear("Tokens trained", "billions of tokens"),
                Axis.log("Batch size", "documents of 4096 tokens"), series);
    }
}
