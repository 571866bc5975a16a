package org.scalingsuite.reproductions.overtraining;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.report.Cell;
import org.scalingsuite.core.report.Figure;
import org.scalingsuite.core.report.ParameterEstimate;
import org.scalingsuite.core.report.ParameterTable;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.overtraining.data.Testbed;

/**
 * Runs the over-training reproduction once per test JVM and shares the report (and the parsed testbed) between
 * the test classes, which each check one published table or figure.
 */
final class OvertrainingReportFixture {

    private static ReproductionReport report;
    private static Testbed testbed;

    private OvertrainingReportFixture() {
    }

    static synchronized ReproductionReport report() {
        if (report == null) {
            report = new OvertrainingReproduction().run(DatasetStore.standard());
        }
        return report;
    }

    static synchronized Testbed testbed() {
        if (testbed == null) {
            testbed = Testbed.load(DatasetStore.standard());
        }
        return testbed;
    }

    /** Asserts that a claim reproduced and returns its value. */
    static double reproduced(String claimId) {
        ClaimResult c = report().claim(claimId);
        assertEquals(ClaimStatus.REPRODUCED, c.status(),
                () -> claimId + ": published " + c.claim().publishedText() + ", reproduced " + c.reproduced()
                        + " (" + c.detail() + ")");
        return c.reproduced();
    }

    /** @return the figure with this id. */
    static Figure figure(String id) {
        return report().figures().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + id));
    }

    /** @return the parameter table with this id. */
    static ParameterTable parameters(String id) {
        return report().parameters().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter table " + id));
    }

    /** @return the value of a named row of a parameter table. */
    static double parameter(String tableId, String name) {
        return parameters(tableId).estimates().stream().filter(e -> e.name().equals(name))
                .mapToDouble(ParameterEstimate::value).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name + " in " + tableId));
    }

    /** @return the numeric cell of the first row of {@code table} whose first cells equal {@code key}. */
    static double cell(String tableId, String column, String... key) {
        Table t = report().table(tableId);
        int c = t.columns().indexOf(column);
        if (c < 0) {
            throw new AssertionError("table " + tableId + " has no column " + column + ": " + t.columns());
        }
        for (var row : t.rows()) {
            boolean match = true;
            for (int i = 0; i < key.length; i++) {
                Cell k = row.get(i);
                match &= !k.isNumber() && k.text().equals(key[i]);
            }
            if (match) {
                return row.get(c).number();
            }
        }
        throw new AssertionError("table " + tableId + " has no row " + Arrays.toString(key));
    }
}
