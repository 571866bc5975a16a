package org.scalingsuite.reproductions.hitchhiker.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Chinchilla IsoFLOP points digitised by the authors from Hoffmann et al. (2022),
 * {@code colpret/raw_data/chinchila_extracted.csv} (245 rows; the family the authors call "Gopher" /
 * "chinchilla").
 *
 * <p><b>Loss:</b> the digitised {@code loss} (nats). <b>N:</b> {@code Model Size} rounded to a multiple of
 * 1e7, which also names the model ({@code chin<N>}), giving 43 sizes. <b>Tokens:</b>
 * {@code Training FLOP / (6 N)} with the rounded N; one point per (N, FLOP budget).
 */
public final class ChinchillaIsoFlops {

    public static final String FILE = "colpret/raw_data/chinchila_extracted.csv";
    public static final String FAMILY = "chinchilla";
    public static final String LOSS = "final training loss (nats), digitised from Hoffmann et al. 2022";

    private ChinchillaIsoFlops() {
    }

    public static ModelFamily load(DataStore store) {
        return read(store.path(HitchhikerData.DATASET, FILE));
    }

    public static ModelFamily read(Path file) {
        List<Checkpoint> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        CsvReader.forEach(file, List.of("Model Size", "Training FLOP", "loss"), row -> {
            double n = Math.round(row.positive("Model Size") / 1e7) * 1e7;
            if (!(n > 0)) {
                throw row.invalid("Model Size", row.optionalText("Model Size"), "rounds to zero parameters");
            }
            double flops = row.positive("Training FLOP");
            Checkpoint c = new Checkpoint(String.format(Locale.ROOT, "chin%.0f", n), n, flops / (6 * n),
                    row.positive("loss"), row.line());
            HitchhikerData.rejectRepeat(seen, row, "loss", c);
            rows.add(c);
        });
        return new ModelFamily(FAMILY, LOSS, rows, rows.size(), 0, "");
    }
}
