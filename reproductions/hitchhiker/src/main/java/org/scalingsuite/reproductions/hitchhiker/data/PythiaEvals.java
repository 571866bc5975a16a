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
 * The rebuilt Pythia table, {@code pythia/pythia_evals.csv} (1,359 rows, one per lm-eval-harness JSON of
 * EleutherAI/pythia {@code evals/pythia-v0|v1}; not the authors' missing {@code pythia.csv}).
 *
 * <p><b>Loss:</b> log2 of {@code lambada_openai_ppl} (bits), the only perplexity in these evals, normalised
 * with log2 as the authors normalise perplexities. <b>Tokens:</b> {@code tokens_seen} (step x 2,097,152).
 * <b>N:</b> {@code num_params_nominal} (70m = 7e7).
 * <b>Families:</b> the v1 zero-shot runs, split into {@code pythia} (models named {@code pythia-<size>}) and
 * {@code pythia-deduped} ({@code pythia-<size>-deduped}); other suites, shot settings and variants (such as
 * {@code 1b-bf16}) and rows without a lambada perplexity are read and counted but not used.
 */
public final class PythiaEvals {

    public static final String FILE = "pythia/pythia_evals.csv";
    public static final String LOSS = "log2 of the LAMBADA (OpenAI) perplexity (bits)";

    private PythiaEvals() {
    }

    /** @return the families {@code pythia} and {@code pythia-deduped}. */
    public static Map<String, ModelFamily> load(DataStore store) {
        return read(store.path(HitchhikerData.DATASET, FILE));
    }

    public static Map<String, ModelFamily> read(Path file) {
        Map<String, List<Checkpoint>> byFamily = new LinkedHashMap<>();
        byFamily.put("pythia", new ArrayList<>());
        byFamily.put("pythia-deduped", new ArrayList<>());
        int[] read = {0};
        Map<String, Long> seen = new HashMap<>();
        CsvReader.forEach(file, List.of("suite", "model", "subdir", "size_label", "num_params_nominal", "deduped",
                "tokens_seen", "lambada_openai_ppl"), row -> {
            read[0]++;
            if (!row.text("suite").equals("pythia-v1") || !row.optionalText("subdir").equals("zero-shot")) {
                return;
            }
            String model = row.text("model");
            String size = row.text("size_label");
            String family = model.equals("pythia-" + size) ? "pythia"
                    : model.equals("pythia-" + size + "-deduped") ? "pythia-deduped" : null;
            if (family == null || row.optionalText("lambada_openai_ppl").isEmpty()) {
                return;
            }
            Checkpoint c = new Checkpoint(model, row.positive("num_params_nominal"), row.nonNegative("tokens_seen"),
                    HitchhikerData.log2(row.positive("lambada_openai_ppl")), row.line());
            HitchhikerData.rejectRepeat(seen, row, "lambada_openai_ppl", c);
            byFamily.get(family).add(c);
        });
        int used = byFamily.values().stream().mapToInt(List::size).sum();
        Map<String, ModelFamily> families = new LinkedHashMap<>();
        byFamily.forEach((name, rows) -> families.put(name, new ModelFamily(name, LOSS, rows, read[0],
                read[0] - used, "rows of other suites, shot settings or variants, or without a lambada perplexity "
                        + "(counted over both families)")));
        return families;
    }
}
