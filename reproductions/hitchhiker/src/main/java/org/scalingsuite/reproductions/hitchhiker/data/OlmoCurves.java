package org.scalingsuite.reproductions.hitchhiker.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /**
     * The file's 36 validation cross-entropy columns (every header name containing {@code CrossEntropyLoss}),
     * required by name so that a dropped or renamed column is an error rather than a silently different mean.
     */
    static final List<String> LOSS_COLUMNS = List.of(
            "gab-validation/CrossEntropyLoss", "ice-validation/CrossEntropyLoss",
            "m2d2_wiki-validation/CrossEntropyLoss", "manosphere-validation/CrossEntropyLoss",
            "twitterAEE-validation/CrossEntropyLoss", "pile-validation/CrossEntropyLoss",
            "mc4_en-validation/CrossEntropyLoss", "m2d2_s2orc-validation/CrossEntropyLoss",
            "4chan-validation/CrossEntropyLoss", "wikitext_103-validation/CrossEntropyLoss",
            "ptb-validation/CrossEntropyLoss", "v3-small-dolma_pes2o-validation/CrossEntropyLoss",
            "v3-small-m2d2_s2orc-validation/CrossEntropyLoss", "v3-small-dolma_wiki-validation/CrossEntropyLoss",
            "v2-small-mc4_en-validation/CrossEntropyLoss", "v3-small-dolma_reddit-validation/CrossEntropyLoss",
            "v2-small-gab-validation/CrossEntropyLoss", "v2-small-c4_en-validation/CrossEntropyLoss",
            "v2-small-ptb-validation/CrossEntropyLoss", "v2-small-c4_100_domains-validation/CrossEntropyLoss",
            "v2-small-wikitext_103-validation/CrossEntropyLoss", "v2-small-ice-validation/CrossEntropyLoss",
            "v3-small-dolma_stack-validation/CrossEntropyLoss", "v3-small-c4_en-validation/CrossEntropyLoss",
            "v3-small-wikitext_103-validation/CrossEntropyLoss", "v2-small-4chan-validation/CrossEntropyLoss",
            "v2-small-twitterAEE-validation/CrossEntropyLoss", "v3-small-dolma_books-validation/CrossEntropyLoss",
            "v2-small-m2d2_wiki-validation/CrossEntropyLoss",
            "v3-small-dolma_common-crawl-validation/CrossEntropyLoss",
            "v2-small-manosphere-validation/CrossEntropyLoss", "v3-small-ice-validation/CrossEntropyLoss",
            "v2-small-m2d2_s2orc-validation/CrossEntropyLoss", "pile/CrossEntropyLoss",
            "c4_en-validation/CrossEntropyLoss", "c4_100_domains-validation/CrossEntropyLoss");

    private OlmoCurves() {
    }

    public static ModelFamily load(DataStore store) {
        return read(store.path(HitchhikerData.DATASET, FILE));
    }

    public static ModelFamily read(Path file) {
        List<Checkpoint> rows = new ArrayList<>();
        int[] read = {0};
        int[] twin = {0};
        Map<String, Long> seen = new HashMap<>();
        List<String> required = new ArrayList<>(List.of("Step", "model_name", "num_params"));
        required.addAll(LOSS_COLUMNS);
        List<String> header = CsvReader.forEach(file, required, row -> {
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
            for (String c : LOSS_COLUMNS) {
                if (!row.optionalText(c).isEmpty()) {
                    sum += row.positive(c);
                    count++;
                }
            }
            if (count == 0) {
                throw row.invalid("model_name", name, "row has no cross-entropy value");
            }
            Checkpoint c = new Checkpoint(name, n, row.positive("Step") * 4e6, sum / count, row.line());
            HitchhikerData.rejectRepeat(seen, row, "model_name", c);
            rows.add(c);
        });
        for (String column : header) {
            if (column.toLowerCase(Locale.ROOT).contains("crossentropyloss") && !LOSS_COLUMNS.contains(column)) {
                throw new InvalidDataException(file.toString(), 1, column, column,
                        "a cross-entropy column that is not one of the file's known loss columns");
            }
        }
        return new ModelFamily(FAMILY, LOSS, rows, read[0], twin[0], TWIN + " rows (not part of the family)");
    }
}
