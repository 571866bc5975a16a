package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingsuite.reproductions.criticalbatchsize.data.MerrillTables;
import org.scalingsuite.reproductions.criticalbatchsize.data.PublishedConstants;
import org.scalingsuite.datasets.store.DatasetStore;

/**
 * Reproduces Merrill et al.'s (2025) Table 1 and Section 4.2-4.3: 43% fewer gradient steps for batch-size warmup
 * (recomputed 43.12% with the 50B anneal, 40.50% without), 75% for the large-batch control, loss margins 0.0166
 * (pretraining) and 0.0053 (mid-training), and the rankings. Data: merrill2025_tables.csv and the schedule
 * constants of published_constants.csv (documents of 4096 tokens). Method: step counting over the schedule.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='MerrillTable1Test' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class MerrillTable1Test {

    private static final String LOSS = MerrillSection.T1_LOSS;

    @Test
    void stepsSavedClaimsReproduce() {
        assertEquals(0.43123, CriticalBatchSizeReportFixture.reproduced("merrill.steps_saved.warmup"), 1e-5);
        assertEquals(43, Math.round(100 * CriticalBatchSizeReportFixture.report()
                .claim("merrill.steps_saved.warmup").reproduced()));
        assertEquals(0.75, CriticalBatchSizeReportFixture.reproduced("merrill.steps_saved.large"), 1e-12);
    }

    @Test
    void stepCountsAndThresholdSteps() {
        MerrillSection.Runs runs = MerrillSection.runs(PublishedConstants.load(DatasetStore.standard()));
        assertEquals(658e9 / (1024 * 4096.0), runs.small().steps(), 1e-6);
        assertEquals(156_879, Math.floor(runs.small().steps()));
        assertEquals(89_228, Math.floor(runs.warmup().steps()));
        assertEquals(40_054, Math.round(runs.warmup().stepAt(168e9)), 1);
        assertEquals(79_989, Math.round(runs.warmup().stepAt(503e9)), 1);
        assertEquals(658e9, runs.warmup().tokens(), 1);
        assertEquals(4096, runs.warmup().batchAt(600e9));
        assertEquals(2048, runs.warmup().batchAt(200e9));
    }

    @Test
    void pretrainingAloneWouldNotBe43Percent() {
        MerrillSection.Runs runs = MerrillSection.runs(PublishedConstants.load(DatasetStore.standard()));
        double ptOnly = runs.warmupPretraining().stepsSavedVersus(runs.smallPretraining());
        assertEquals(0.4050, ptOnly, 1e-3);
        assertNotEquals(43, Math.round(100 * ptOnly));
    }

    @Test
    void marginsReproduce() {
        assertEquals(0.0166, CriticalBatchSizeReportFixture.reproduced("merrill.margin.pretraining"), 1e-9);
        assertEquals(0.0053, CriticalBatchSizeReportFixture.reproduced("merrill.margin.midtraining"), 1e-9);
    }

    @Test
    void rankingsOfTable1() {
        CriticalBatchSizeReportFixture.reproduced("merrill.table1.warmup_rank.pretraining");
        CriticalBatchSizeReportFixture.reproduced("merrill.table1.warmup_rank.midtraining");
        MerrillTables t = MerrillTables.load(DatasetStore.standard());
        // pretraining: warmup < large < small
        assertTrue(t.value("T1", MerrillTables.WARMUP, LOSS, "pretraining")
                < t.value("T1", MerrillTables.LARGE, LOSS, "pretraining"));
        assertEquals(2, MerrillSection.rank(t, "T1", LOSS, "pretraining", MerrillTables.LARGE));
        assertEquals(3, MerrillSection.rank(t, "T1", LOSS, "pretraining", MerrillTables.SMALL));
        // mid-training: warmup < small < large
        assertEquals(2, MerrillSection.rank(t, "T1", LOSS, "midtraining", MerrillTables.SMALL));
        assertEquals(3, MerrillSection.rank(t, "T1", LOSS, "midtraining", MerrillTables.LARGE));
    }

    @Test
    void reportTableCarriesPublishedAndRecomputedStepsSaved() {
        var rows = CriticalBatchSizeReportFixture.report().table("merrill-table1").rows();
        assertEquals(3, rows.size());
        assertEquals(43, rows.get(0).get(3).number());
        assertEquals(43.123, rows.get(0).get(4).number(), 1e-3);
        assertEquals(75, rows.get(2).get(4).number(), 1e-12);
    }
}
