package org.scalingsuite.reproductions.hitchhiker.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * GPT-3 loss curves digitised from Brown et al. (2020), {@code colpret/raw_data/gpt3/extracted.csv}
 * (12,096 rows, 8 sizes), with the sizes of GPT-3's Table 2.1 from {@code derived/gpt3_metadata.csv} (the
 * authors' {@code gpt3_metadata.xlsx}, converted to CSV in the mirror; 8 rows, each size once, all required).
 *
 * <p><b>Loss:</b> the digitised {@code val_loss}, validation cross-entropy in nats. The train and
 * validation curves are digitised on separate rows; rows without {@code val_loss} (the train curve) are
 * skipped and counted, leaving 6,506 points. Several points may share one x, as digitised.
 * <b>Tokens:</b> {@code step} is in billions of tokens, so D = step x 1e9. <b>N:</b> Table 2.1's
 * {@code num_params} (125M ... 175.0B), matched to the curve's {@code model} name.
 */
public final class Gpt3Curves {

    public static final String FILE = "colpret/raw_data/gpt3/extracted.csv";
    public static final String METADATA = "derived/gpt3_metadata.csv";
    public static final String FAMILY = "gpt3";
    public static final String LOSS = "validation loss (cross-entropy, nats), digitised from Brown et al. 2020";

    /** The curve names of extracted.csv and the Table 2.1 row each belongs to. */
    private static final Map<String, String> TABLE_ROW = Map.of("small", "GPT-3 Small", "medium", "GPT-3 Medium",
            "large", "GPT-3 Large", "xl", "GPT-3 XL", "2.7b", "GPT-3 2.7B", "6.7b", "GPT-3 6.7B", "13b", "GPT-3 13B",
            "175b", "GPT-3 175B");

    private Gpt3Curves() {
    }

    public static ModelFamily load(DataStore store) {
        return read(store.path(HitchhikerData.DATASET, FILE), store.path(HitchhikerData.DATASET, METADATA));
    }

    public static ModelFamily read(Path curves, Path metadata) {
        Map<String, Double> sizes = sizes(metadata);
        List<Checkpoint> rows = new ArrayList<>();
        int[] read = {0};
        Map<String, Long> seen = new HashMap<>();
        CsvReader.forEach(curves, List.of("model", "step", "train_loss", "val_loss"), row -> {
            read[0]++;
            String model = row.text("model");
            String tableRow = TABLE_ROW.get(model);
            if (tableRow == null || !sizes.containsKey(tableRow)) {
                throw row.invalid("model", model, "no GPT-3 size for this curve; expected one of " + TABLE_ROW.keySet());
            }
            double step = row.positive("step");
            if (row.optionalText("val_loss").isEmpty()) {
                if (row.optionalText("train_loss").isEmpty()) {
                    throw row.invalid("val_loss", "", "row has neither a train nor a validation loss");
                }
                return;
            }
            Checkpoint c = new Checkpoint("gpt3-" + model, sizes.get(tableRow), step * 1e9, row.positive("val_loss"),
                    row.line());
            HitchhikerData.rejectRepeat(seen, row, "val_loss", c);
            rows.add(c);
        });
        return new ModelFamily(FAMILY, LOSS, rows, read[0], read[0] - rows.size(),
                "train-curve rows (no val_loss)");
    }

    /** @return Table 2.1's parameter counts by model name, e.g. "GPT-3 XL" -> 1.3e9. */
    static Map<String, Double> sizes(Path metadata) {
        Map<String, Double> sizes = new LinkedHashMap<>();
        CsvReader.forEach(metadata, List.of("model_name", "num_params"), row -> {
            String name = row.text("model_name");
            String key = TABLE_ROW.values().stream().filter(name::startsWith)
                    .reduce((a, b) -> a.length() >= b.length() ? a : b).orElse(null);
            if (key == null) {
                throw row.invalid("model_name", name, "not a GPT-3 model of Table 2.1");
            }
            if (sizes.put(key, parseSize(row.text("num_params"), row.source(), row.line())) != null) {
                throw row.invalid("model_name", name, "a second row for " + key);
            }
        });
        for (String tableRow : TABLE_ROW.values()) {
            if (!sizes.containsKey(tableRow)) {
                throw new InvalidDataException(metadata.toString(), "no row for " + tableRow + "; every size of Table "
                        + "2.1 is needed");
            }
        }
        return sizes;
    }

    /** @return a size with an M or B suffix, e.g. "760M" -> 7.6e8, "175.0B" -> 1.75e11. */
    static double parseSize(String text, String source, long line) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        double scale = t.endsWith("B") ? 1e9 : t.endsWith("M") ? 1e6 : Double.NaN;
        try {
            double v = Double.parseDouble(t.substring(0, t.length() - 1)) * scale;
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            // reported below
        }
        throw new InvalidDataException(source, line, "num_params", text, "expected a size such as 125M or 1.3B");
    }
}
