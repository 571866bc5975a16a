package org.scalingsuite.datasets.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Reads a user's training runs for fitting: a CSV with columns {@code params} (parameter count N),
 * {@code tokens} (training tokens D) and {@code loss}, found by header name; other columns are ignored.
 * Every value must be a positive finite number. The file is streamed and its values kept compactly; a file
 * with more than {@link #MAX_RUNS} runs is rejected at the first run past the limit, without reading the rest.
 *
 * <p>A file that cannot identify the five Chinchilla parameters is rejected with the reason: fewer than six
 * runs, one model size only, one token count only, or the same (params, tokens) pair twice with different
 * losses is fine (repeated seeds), but a row repeated exactly is reported as a duplicate.
 */
public final class RunsCsv {

    public static final List<String> COLUMNS = List.of("params", "tokens", "loss");

    /** The most runs a file may hold: far more than any scaling study, few enough to fit in memory. */
    public static final int MAX_RUNS = 1_000_000;

    private RunsCsv() {
    }

    /** @return the runs as observations with inputs (N, D) and response loss. */
    public static Observations read(Path file, int minimumRows) {
        List<double[]> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        CsvReader.forEach(file, COLUMNS, row -> {
            if (rows.size() == MAX_RUNS) {
                throw new InvalidDataException(file.toString(), row.line(), null, null,
                        "more than " + MAX_RUNS + " runs; fit a sample or aggregate repeated runs");
            }
            double n = row.positive("params");
            double d = row.positive("tokens");
            double loss = row.positive("loss");
            String key = n + "," + d + "," + loss;
            Long previous = seen.putIfAbsent(key, row.line());
            if (previous != null) {
                throw row.invalid("params", row.optionalText("params"),
                        "duplicate of line " + previous + " (same params, tokens and loss)");
            }
            rows.add(new double[] {n, d, loss});
        });
        String source = file.toString();
        if (rows.size() < minimumRows) {
            throw new InvalidDataException(source, "has " + rows.size() + " runs; at least " + minimumRows
                    + " are needed to fit " + (minimumRows - 1) + " parameters");
        }
        if (rows.stream().mapToDouble(r -> r[0]).distinct().count() < 2) {
            throw new InvalidDataException(source, "every run has the same params (" + rows.get(0)[0]
                    + "): the model-size term cannot be fitted; include at least two model sizes");
        }
        if (rows.stream().mapToDouble(r -> r[1]).distinct().count() < 2) {
            throw new InvalidDataException(source, "every run has the same tokens (" + rows.get(0)[1]
                    + "): the data term cannot be fitted; include at least two token counts");
        }
        double[] n = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] d = rows.stream().mapToDouble(r -> r[1]).toArray();
        double[] loss = rows.stream().mapToDouble(r -> r[2]).toArray();
        return Observations.of(List.of("N", "D"), new double[][] {n, d}, "loss", loss);
    }
}
