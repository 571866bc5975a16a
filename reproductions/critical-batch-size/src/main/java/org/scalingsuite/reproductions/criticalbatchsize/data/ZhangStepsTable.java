package org.scalingsuite.reproductions.criticalbatchsize.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Loads Zhang et al.'s (2024) steps-to-target-loss table ({@code critical-batch-size/zhang2024_steps_to_target_loss.csv},
 * typed from the outputs of {@code plots/chinchilla.ipynb} in hlzhang109/critical-batch-size). Columns are read
 * by header name; every number must be positive, and {@code batch_size_tokens} must equal
 * {@code batch_size_sequences x seq_len_tokens} (units: sequences of 512 tokens, and tokens); a row repeated
 * exactly is rejected.
 */
public final class ZhangStepsTable {

    public static final String DATASET = "critical-batch-size";
    public static final String FILE = "zhang2024_steps_to_target_loss.csv";

    private static final List<String> COLUMNS = List.of("model", "model_size_millions", "target_c4_eval_loss",
            "seq_len_tokens", "batch_size_sequences", "batch_size_tokens", "steps_to_target_final",
            "steps_to_target_raw_wandb_query");

    private ZhangStepsTable() {
    }

    /** @return every row of the registered file, in file order. */
    public static List<ZhangRun> load(DataStore store) {
        List<ZhangRun> runs = new ArrayList<>();
        RepeatedRows repeats = new RepeatedRows(COLUMNS);
        CsvReader.forEach(store.path(DATASET, FILE), COLUMNS, row -> {
            double seqLen = row.positive("seq_len_tokens");
            if (seqLen != Math.rint(seqLen)) {
                throw row.invalid("seq_len_tokens", row.text("seq_len_tokens"), "must be a whole number of tokens");
            }
            double sequences = row.positive("batch_size_sequences");
            double tokens = row.positive("batch_size_tokens");
            if (tokens != sequences * seqLen) {
                throw row.invalid("batch_size_tokens", row.text("batch_size_tokens"),
                        "must equal batch_size_sequences x seq_len_tokens = " + sequences * seqLen);
            }
            runs.add(new ZhangRun(row.line(), row.text("model"), row.positive("model_size_millions"),
                    row.positive("target_c4_eval_loss"), (int) seqLen, sequences, tokens,
                    row.positive("steps_to_target_final"), row.positive("steps_to_target_raw_wandb_query")));
            repeats.check(row);
        });
        return List.copyOf(runs);
    }

    /** @return the runs grouped by model, in order of first appearance, each sorted as in the file. */
    public static Map<String, List<ZhangRun>> byModel(List<ZhangRun> runs) {
        Map<String, List<ZhangRun>> map = new LinkedHashMap<>();
        for (ZhangRun r : runs) {
            map.computeIfAbsent(r.model(), k -> new ArrayList<>()).add(r);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }
}
