package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.criticalbatchsize.data.MerrillTables;

/**
 * Reproduces Merrill et al.'s (2025) Table 2 statement that batch-size warmup "performs best on three out of four
 * conditions": lowest of the three runs on C4 at pretraining and mid-training and on Pile at pretraining, while
 * the small-batch control wins Pile at mid-training and task BPB at both stages. Data: merrill2025_tables.csv.
 * Method: cell-wise ranking.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='MerrillTable2Test' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class MerrillTable2Test {

    private static final MerrillTables TABLES = MerrillTables.load(DatasetStore.standard());

    private static String lowest(String metric, String stage) {
        for (String m : MerrillTables.METHODS) {
            if (MerrillSection.rank(TABLES, "T2", metric, stage, m) == 1) {
                return m;
            }
        }
        throw new AssertionError("no lowest run");
    }

    @Test
    void warmupIsBestOnThreeOfFourValidationCells() {
        assertEquals(3, CriticalBatchSizeReportFixture.reproduced("merrill.table2.warmup_best_validation_cells"));
        assertEquals(MerrillTables.WARMUP, lowest("c4_loss", "pretraining"));
        assertEquals(MerrillTables.WARMUP, lowest("c4_loss", "midtraining"));
        assertEquals(MerrillTables.WARMUP, lowest("pile_loss", "pretraining"));
        assertEquals(MerrillTables.SMALL, lowest("pile_loss", "midtraining"));
    }

    @Test
    void smallControlIsBestOnTaskBpb() {
        assertEquals(MerrillTables.SMALL, lowest("task_bpb", "pretraining"));
        assertEquals(MerrillTables.SMALL, lowest("task_bpb", "midtraining"));
    }

    @Test
    void reportTableHasEveryCell() {
        var t = CriticalBatchSizeReportFixture.report().table("merrill-table2");
        assertEquals(6, t.rows().size());
        assertEquals(1.01927, t.rows().get(1).get(4).number());
    }
}
