package org.scalingsuite.reproductions.flp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.scalingsuite.core.claim.Tolerance;
import org.scalingsuite.core.report.ParameterEstimate;
import org.scalingsuite.core.report.ParameterTable;

/**
 * The locked regression values of the stand-in ({@code standin-locked-values.csv}, provenance in its header):
 * each checked against the report at relative 1e-6 and, where the paper notes print the same quantity from an
 * independent implementation, against that printed value within half a unit of its last digit.
 */
final class LockedValues {

    /** Closed-form least squares on fixed data: deterministic to ~1e-12, locked at 1e-6. */
    static final Tolerance LOCK = Tolerance.relative(1e-6, "closed-form least squares on fixed data");

    record Entry(String table, String row, String column, double value, double independent,
            double independentTolerance) {
    }

    private static final List<Entry> ENTRIES = read();

    private LockedValues() {
    }

    private static List<Entry> read() {
        String name = "standin-locked-values.csv";
        try (InputStream in = LockedValues.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder body = new StringBuilder();
            for (String line : text.split("\n")) {
                if (!line.startsWith("#")) {
                    body.append(line).append('\n');
                }
            }
            List<Entry> entries = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(body.toString()))) {
                entries.add(new Entry(r.get("table"), r.get("row"), r.get("column"), Double.parseDouble(r.get("value")),
                        optional(r.get("independent")), optional(r.get("independent_tolerance"))));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double optional(String s) {
        return s.isBlank() ? Double.NaN : Double.parseDouble(s);
    }

    /** @return the locked entries of one table (or {@code param:<id>}). */
    static List<Entry> of(String table) {
        List<Entry> list = ENTRIES.stream().filter(e -> e.table().equals(table)).toList();
        assertFalse(list.isEmpty(), "no locked values for " + table);
        return list;
    }

    /** Checks every locked value of a result table against the report; returns how many were checked. */
    static int checkTable(String table) {
        int independent = 0;
        for (Entry e : of(table)) {
            double actual = FlpReportFixture.cell(table, e.column(), e.row().split("/"));
            check(e, actual);
            independent += Double.isNaN(e.independent()) ? 0 : 1;
        }
        return independent;
    }

    /** Checks the locked values of a parameter table. */
    static void checkParameters(String id) {
        ParameterTable table = FlpReportFixture.report().parameters().stream().filter(p -> p.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no parameter table " + id));
        for (Entry e : of("param:" + id)) {
            ParameterEstimate p = table.estimates().stream().filter(x -> x.name().equals(e.row())).findFirst()
                    .orElseThrow(() -> new AssertionError("no parameter " + e.row()));
            check(e, p.value());
        }
    }

    private static void check(Entry e, double actual) {
        String where = e.table() + " " + e.row() + " '" + e.column() + "'";
        assertEquals(e.value(), actual, LOCK.allowedDifference(e.value()), where + ": locked value moved");
        if (!Double.isNaN(e.independent())) {
            assertEquals(e.independent(), actual, e.independentTolerance() + 1e-12,
                    where + ": differs from the independent implementation's printed value");
        }
    }
}
