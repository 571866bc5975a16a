package org.scalingsuite.reproductions.criticalbatchsize.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;
import org.scalingsuite.datasets.csv.CsvRow;

/**
 * Loads the Step Law dense grid ({@code step-law/dense_lr_bs_loss.csv}, step-law/steplaw at 32a8f4c): 1,911
 * runs read by header name. Shapes must be positive whole numbers, rates, batches, losses, N and D positive; a
 * row repeated exactly (in the columns read) is rejected.
 * The file's {@code bs} is in sequences of 2048 tokens; {@link StepLawRun#batchTokens()} converts.
 */
public final class StepLawRuns {

    public static final String DATASET = "step-law";
    public static final String DENSE_FILE = "dense_lr_bs_loss.csv";
    public static final String MOE_FILE = "moe_lr_bs_loss.csv";

    private static final List<String> MOE_COLUMNS = List.of("moe_name", "seq_len", "lr", "bs", "smooth loss", "N", "Na",
            "D");

    private static final List<String> COLUMNS = List.of("h", "ffnh", "numh", "numl", "lr", "bs", "ti", "loss",
            "smooth loss", "D", "N");

    private StepLawRuns() {
    }

    /** @return every dense run, in file order. */
    public static List<StepLawRun> loadDense(DataStore store) {
        List<StepLawRun> runs = new ArrayList<>();
        RepeatedRows repeats = new RepeatedRows(COLUMNS);
        CsvReader.forEach(store.path(DATASET, DENSE_FILE), COLUMNS, row -> {
            runs.add(new StepLawRun(row.line(), whole(row, "h"), whole(row, "ffnh"), whole(row, "numh"),
                    whole(row, "numl"), row.positive("lr"), row.positive("bs"), row.positive("ti"), row.positive("loss"),
                    row.positive("smooth loss"), row.positive("D"), row.positive("N")));
            repeats.check(row);
        });
        return List.copyOf(runs);
    }

    /** @return every MoE run, in file order; the active parameters must not exceed the total. */
    public static List<StepLawMoeRun> loadMoe(DataStore store) {
        List<StepLawMoeRun> runs = new ArrayList<>();
        RepeatedRows repeats = new RepeatedRows(MOE_COLUMNS);
        CsvReader.forEach(store.path(DATASET, MOE_FILE), MOE_COLUMNS, row -> {
            double total = row.positive("N");
            double active = row.positive("Na");
            if (active > total) {
                throw row.invalid("Na", row.text("Na"), "active parameters exceed the total " + row.text("N"));
            }
            runs.add(new StepLawMoeRun(row.line(), row.text("moe_name"), whole(row, "seq_len"), row.positive("lr"),
                    row.positive("bs"), row.positive("smooth loss"), total, active, row.positive("D")));
            repeats.check(row);
        });
        return List.copyOf(runs);
    }

    /** A grid cell: one (N, D) pair. */
    public record Cell(double parameters, double tokens) {
    }

    /** @return the runs grouped by (N, D), cells sorted by N then D. */
    public static Map<Cell, List<StepLawRun>> byCell(List<StepLawRun> runs) {
        Map<Cell, List<StepLawRun>> map = new LinkedHashMap<>();
        runs.stream()
                .sorted((a, b) -> a.parameters() != b.parameters() ? Double.compare(a.parameters(), b.parameters())
                        : Double.compare(a.tokens(), b.tokens()))
                .forEach(r -> map.computeIfAbsent(new Cell(r.parameters(), r.tokens()), k -> new ArrayList<>()).add(r));
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    private static int whole(CsvRow row, String column) {
        double v = row.positive(column);
        if (v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw row.invalid(column, row.text(column), "must be a whole number");
        }
        return (int) v;
    }
}
