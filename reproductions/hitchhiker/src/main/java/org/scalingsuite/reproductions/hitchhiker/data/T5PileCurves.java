package org.scalingsuite.reproductions.hitchhiker.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Pile-T5 training summaries, {@code colpret/aggregated_eval/t5_pile.csv} (807 rows: base, large, xl and
 * xxl encoder-decoder runs).
 *
 * <p><b>Loss:</b> log2 of {@code val_perplexity} (bits), the authors' normalisation of a perplexity column.
 * <b>Tokens:</b> {@code steps x 1e6}. <b>N:</b> the authors' exact counts: base 247,586,304, large 783,173,632, xl 2,849,804,288, xxl
 * 11,135,426,560. Step-0 rows (no tokens seen) are read; the protocol never fits them.
 */
public final class T5PileCurves {

    public static final String FILE = "colpret/aggregated_eval/t5_pile.csv";
    public static final String FAMILY = "t5-pile";
    public static final String LOSS = "log2 of the validation perplexity (bits)";

    private static final Map<String, Double> SIZES = Map.of("base", 247_586_304.0, "large", 783_173_632.0,
            "xl", 2_849_804_288.0, "xxl", 11_135_426_560.0);

    private T5PileCurves() {
    }

    public static ModelFamily load(DataStore store) {
        return read(store.path(HitchhikerData.DATASET, FILE));
    }

    public static ModelFamily read(Path file) {
        List<Checkpoint> rows = new ArrayList<>();
        int[] read = {0};
        Map<String, Long> seen = new HashMap<>();
        CsvReader.forEach(file, List.of("model_name", "steps", "val_perplexity"), row -> {
            read[0]++;
            String name = row.text("model_name");
            Double n = SIZES.get(name);
            if (n == null) {
                throw row.invalid("model_name", name, "unknown Pile-T5 size; expected one of " + SIZES.keySet());
            }
            double steps = row.nonNegative("steps");
            Checkpoint c = new Checkpoint("t5-pile-" + name, n, steps * 1e6,
                    HitchhikerData.log2(row.positive("val_perplexity")), row.line());
            HitchhikerData.rejectRepeat(seen, row, "val_perplexity", c);
            rows.add(c);
        });
        return new ModelFamily(FAMILY, LOSS, rows, read[0], 0, "");
    }
}
