package org.scalingsuite.reproductions.hitchhiker.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * OPT training trajectories, {@code colpret/aggregated_eval/opt_trajectories.csv} (142 rows: 125m, 1.3b,
 * 6.7b, 13b, 30b and 175b, 15-36 checkpoints each).
 *
 * <p><b>Loss:</b> the {@code ppl} column, the validation <em>perplexity</em>, used as it is (about 10-70).
 * The authors rename {@code ppl} to {@code loss}, so their normaliser leaves it raw: every OPT fit and every
 * published OPT ARE is on perplexity, not on log-loss.
 *
 * <p><b>Tokens:</b> {@code steps x batch}, with the authors' batch sizes by model size: 0.5M tokens under 1B
 * parameters, 1M under 6B, 2M under 10B, 4M under 60B and 2M for 175B. These are exact integers and equal
 * {@code 10^num_token} to 1e-15; the exact values matter because the training cut is a strict inequality.
 * <b>N:</b> the nominal size from {@code model_size} (125m = 1.25e8).
 */
public final class OptTrajectories {

    public static final String FILE = "colpret/aggregated_eval/opt_trajectories.csv";
    public static final String FAMILY = "OPT";
    public static final String LOSS = "validation perplexity (the ppl column, raw, not log-transformed)";

    private static final Map<String, Double> SIZES = Map.of("125m", 1.25e8, "1.3b", 1.3e9, "6.7b", 6.7e9,
            "13b", 1.3e10, "30b", 3.0e10, "175b", 1.75e11);

    private OptTrajectories() {
    }

    public static ModelFamily load(DataStore store) {
        return read(store.path(HitchhikerData.DATASET, FILE));
    }

    public static ModelFamily read(Path file) {
        List<Checkpoint> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        CsvReader.forEach(file, List.of("model_name", "model_size", "steps", "num_token", "ppl"), row -> {
            String size = row.text("model_size");
            Double n = SIZES.get(size);
            if (n == null) {
                throw row.invalid("model_size", size, "unknown OPT size; expected one of " + SIZES.keySet());
            }
            if (!row.text("model_name").equals("OPT")) {
                throw row.invalid("model_name", row.text("model_name"), "expected OPT");
            }
            double steps = row.positive("steps");
            double tokens = steps * batchTokens(n);
            double logged = row.number("num_token");
            if (Math.abs(Math.log10(tokens) - logged) > 1e-9) {
                throw row.invalid("num_token", Double.toString(logged), "disagrees with steps x batch = " + tokens);
            }
            Checkpoint c = new Checkpoint("OPT-" + size, n, tokens, row.positive("ppl"), row.line());
            HitchhikerData.rejectRepeat(seen, row, "ppl", c);
            rows.add(c);
        });
        return new ModelFamily(FAMILY, LOSS, rows, rows.size(), 0, "");
    }

    /** @return the tokens per optimiser step of an OPT model with {@code n} parameters. */
    static double batchTokens(double n) {
        if (n == 1.75e11) {
            return 2e6;
        }
        if (n < 1e9) {
            return 0.5e6;
        }
        if (n < 6e9) {
            return 1e6;
        }
        if (n < 1e10) {
            return 2e6;
        }
        return 4e6;
    }
}
