package org.scalingsuite.reproductions.flp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.report.Cell;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.datasets.store.DatasetStore;

/**
 * Runs the FLP reproduction once per test JVM and shares the report between the test classes, which each
 * check one table or figure. Also reads numeric cells of the report's tables by row key and column name.
 */
final class FlpReportFixture {

    private static ReproductionReport report;

    private FlpReportFixture() {
    }

    static synchronized ReproductionReport report() {
        if (report == null) {
            report = new FlpReproduction().run(DatasetStore.standard());
        }
        return report;
    }

    /** Asserts that a published claim is shown as deviating (stand-in value locked) and returns its value. */
    static double deviating(String claimId) {
        ClaimResult c = report().claim(claimId);
        assertEquals(ClaimStatus.DEVIATES, c.status(),
                () -> claimId + ": published " + c.claim().publishedText() + ", reproduced " + c.reproduced()
                        + " (" + c.detail() + ")");
        return c.reproduced();
    }

    /**
     * @return the number in column {@code column} of the row of table {@code tableId} whose leading text cells
     *         equal {@code key} (e.g. a task, or a task and a target)
     */
    static double cell(String tableId, String column, String... key) {
        Table t = report().table(tableId);
        int j = t.columns().indexOf(column);
        assertTrue(j >= 0, () -> "table " + tableId + " has no column '" + column + "': " + t.columns());
        List<Cell> row = row(t, key);
        Cell c = row.get(j);
        assertTrue(c.isNumber(), () -> tableId + " " + String.join("/", key) + " " + column + " is not a number");
        return c.number();
    }

    static List<Cell> row(Table t, String... key) {
        for (List<Cell> row : t.rows()) {
            boolean match = true;
            for (int k = 0; k < key.length; k++) {
                Cell c = row.get(k);
                String text = c.isNumber() ? null : c.text();
                match &= key[k].equals(text);
            }
            if (match) {
                return row;
            }
        }
        throw new AssertionError("table " + t.id() + " has no row " + String.join("/", key));
    }
}
