package org.scalingsuite.reproductions.hitchhiker.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * OLMo validation metrics per step, {@code colpret/aggregated_eval/olmo.csv} (1,708 rows: OLMo-1B, OLMo-7B and
 * OLMo-7B-Twin-2T).
 *
 * <p><b>Loss:</b> the authors' {@code perf}: the mean of the row's {@code *CrossEntropyLoss} columns that have a
 * value (validation cross-entropies in nats; their loader lists exactly these columns as OLMo's loss columns, so
 * the {@code *Perplexity} and {@code downstream/*} columns are not used).
 * <b>Tokens:</b> {@code Step x 4e6}. <b>N:</b> {@code num_params} (1B, 7B).
 * <b>Family:</b> OLMo-1B and OLMo-7B; the 7B-Twin-2T rows are read, counted and left out of the family, as the
 * authors leave them out.
 */
public final class OlmoCurves {

    public static final String FILE = "colpret/aggregated_eval/olmo.csv";
    public static final String FAMILY = "olmo";
    public static final String LOSS = "mean of the validation cross-entropies present in the row (nats)";
    static final String TWIN = "OLMo-7B-Twin-2T";

    private OlmoCurves() {
    }

    public static ModelFamily load(DataStore store) {
        return read(store.path(HitchhikerData.DATASET, FILE));
    }

    public static ModelFamily read(Path file) {
        List<Checkpoint> rows = new ArrayList<>();
        int[] read = {0};
        int[] twin = {0};
        List<String> lossColumns = header(file).stream().filter(c -> c.contains("CrossEntropyLoss")).toList();
        CsvReader.forEach(file, List.of("Step", "model_name", "num_params"), row -> {
            read[0]++;
            String name = row.text("model_name");
            if (name.equals(TWIN)) {
                twin[0]++;
                return;
            }
            if (!name.equals("OLMo-1B") && !name.equals("OLMo-7B")) {
                throw row.invalid("model_name", name, "expected OLMo-1B, OLMo-7B or " + TWIN);
            }
            double n = Gpt3Curves.parseSize(row.text("num_params"), row.source(), row.line());
            double sum = 0;
            int count = 0;
            for (String c : lossColumns) {
                if (!row.optionalText(c).isEmpty()) {
                    sum += row.positive(c);
                    count++;
                }
            }
            if (count == 0) {
                throw row.invalid("model_name", name, "row has no cross-entropy value");
            }
            rows.add(new Checkpoint(name, n, row.positive("Step") * 4e6, sum / count, row.line()));
        });
        return new ModelFamily(FAMILY, LOSS, rows, read[0], twin[0], TWIN + " rows (not part of the family)");
    }

    /** @return the column names of the file's header row (the rows are then read by {@link CsvReader}). */
    private static List<String> header(Path file) {
        String first;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = in.readLine();
        } catch (IOException e) {
            throw new InvalidDataException(file.toString(), "cannot read the header: " + e.getMessage());
        }
        if (first == null) {
            throw new InvalidDataException(file.toString(), "empty file");
        }
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(first))) {
            return parser.getHeaderNames();
        } catch (IOException e) {
            throw new InvalidDataException(file.toString(), 1, null, null, "bad header: " + e.getMessage());
        }
    }
}
