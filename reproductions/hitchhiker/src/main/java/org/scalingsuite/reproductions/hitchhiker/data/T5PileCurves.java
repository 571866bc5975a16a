package org.scalingsuite.reproductions.hitchhiker.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Pile-T5 training summaries, {@code colpret/aggregated_eval/t5_pile.csv} (807 rows: base, large, xl and
 * xxl encoder-decoder runs).
 *
 * <p><b>Loss:</b> log2 of {@code val_perplexity} (bits), the authors' normalisation of a perplexity column.
 * <b>Tokens:</b> {@code steps x 1e6}. <b>N:</b> base 247.6M, large 783.2M, xl 2.85B, xxl 11.14B.
 */
public final class T5PileCurves {

    public static final String FILE = "colpret/aggregated_eval/t5_pile.csv";
    public static final String FAMILY = "t5-pile";
    public static final String LOSS = "log2 of the validation perplexity (bits)";

    private static final Map<String, Double> SIZES = Map.of("base", 2.476e8, "large", 7.832e8, "xl", 2.85e9,
            "xxl", 1.114e10);

    private T5PileCurves() {
    }

    public static ModelFamily load(DataStore store) {
        return read(store.path(HitchhikerData.DATASET, FILE));
    }

    public static ModelFamily read(Path file) {
        List<Checkpoint> rows = new ArrayList<>();
        int[] read = {0};
        CsvReader.forEach(file, List.of("model_name", "steps", "val_perplexity"), row -> {
            read[0]++;
            String name = row.text("model_name");
            Double n = SIZES.get(name);
            if (n == null) {
                throw row.invalid("model_name", name, "unknown Pile-T5 size; expected one of " + SIZES.keySet());
            }
            double steps = row.nonNegative("steps");
            rows.add(new Checkpoint("t5-pile-" + name, n, steps * 1e6,
                    HitchhikerData.log2(row.positive("val_perplexity")), row.line()));
        });
        return new ModelFamily(FAMILY, LOSS, rows, read[0], 0, "");
    }
}
