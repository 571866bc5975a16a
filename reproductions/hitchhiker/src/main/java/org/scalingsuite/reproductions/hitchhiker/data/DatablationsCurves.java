package org.scalingsuite.reproductions.hitchhiker.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Muennighoff et al.'s data-constrained GPT-2-style runs, {@code colpret/aggregated_eval/datablations_losses.csv}
 * (9,261 rows: 2.8B, 4.2B and 8.7B parameters on c4 or oscar, repeated for 1-44 epochs).
 *
 * <p><b>Loss:</b> the {@code loss} column, validation cross-entropy in nats. <b>Tokens:</b>
 * {@code token_num}. <b>N:</b> {@code num_params} (2.8B etc.). As the authors do, every (data, epochs) pair is
 * its own scaled family {@code GPT2-<data>-<epochs>} of three sizes (16 families).
 */
public final class DatablationsCurves {

    public static final String FILE = "colpret/aggregated_eval/datablations_losses.csv";
    public static final String LOSS = "validation loss (cross-entropy, nats)";

    private DatablationsCurves() {
    }

    /** @return the scaled families by name, in order of first appearance. */
    public static Map<String, ModelFamily> load(DataStore store) {
        return read(store.path(HitchhikerData.DATASET, FILE));
    }

    public static Map<String, ModelFamily> read(Path file) {
        Map<String, List<Checkpoint>> byFamily = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        CsvReader.forEach(file, List.of("data", "epochs", "token_num", "loss", "num_params"), row -> {
            String data = row.text("data");
            if (!data.equals("c4") && !data.equals("oscar")) {
                throw row.invalid("data", data, "expected c4 or oscar");
            }
            long epochs = row.longValue("epochs");
            String size = row.text("num_params");
            double n = Gpt3Curves.parseSize(size, row.source(), row.line());
            String family = "GPT2-" + data + "-" + epochs;
            Checkpoint c = new Checkpoint(family + "-" + size, n, row.positive("token_num"), row.positive("loss"),
                    row.line());
            HitchhikerData.rejectRepeat(seen, row, "loss", c);
            byFamily.computeIfAbsent(family, f -> new ArrayList<>()).add(c);
        });
        Map<String, ModelFamily> families = new LinkedHashMap<>();
        byFamily.forEach((name, rows) -> families.put(name, new ModelFamily(name, LOSS, rows, rows.size(), 0, "")));
        return families;
    }
}
