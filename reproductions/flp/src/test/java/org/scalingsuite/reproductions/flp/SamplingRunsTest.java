package org.scalingsuite.reproductions.flp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Cell;
import org.scalingsuite.core.report.Table;

/**
 * The stand-in's sampling runs (table {@code sampling-runs}): the 25 OLMo ladder runs, 5 model sizes (190M,
 * 370M, 760M, 1.3B, 3.2B non-embedding parameters from {@code models.csv}) x 5 budgets (0.5, 1, 2, 5, 10 x 20
 * tokens per parameter), with their final tokens, compute and c4 loss, and 3,243 checkpoints in all. Data: the
 * upstream byte copies of the ladder CSVs. Method: reading by header name, nothing dropped.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='SamplingRunsTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class SamplingRunsTest {

    @Test
    void twentyFiveRunsWithEveryCheckpoint() {
        Table t = FlpReportFixture.report().table("sampling-runs");
        assertEquals(25, t.rows().size());
        assertEquals(3243, t.rows().stream().mapToDouble(r -> r.get(7).number()).sum(), 0);
    }

    @Test
    void budgetsAreMultiplesOfTwentyTokensPerParameter() {
        Table t = FlpReportFixture.report().table("sampling-runs");
        double[] multiples = {0.5, 1, 2, 5, 10};
        for (int i = 0; i < t.rows().size(); i++) {
            List<Cell> row = t.rows().get(i);
            double tokensPerParameter = row.get(4).number();
            double expected = 20 * multiples[i % 5];
            // Runs end at a whole number of batches, and the ladder's budgets are rounded upstream.
            assertEquals(expected, tokensPerParameter, 0.05 * expected, row.get(0).text() + " " + row.get(1).text());
        }
    }

    @Test
    void computeIsSixNd() {
        for (List<Cell> row : FlpReportFixture.report().table("sampling-runs").rows()) {
            assertEquals(6 * row.get(2).number() * row.get(3).number(), row.get(5).number(), 0);
        }
    }
}
