package org.scalingsuite.datasets.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scalingsuite.core.compare.RunSet;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;
import org.scalingsuite.datasets.csv.CsvRow;
import org.scalingsuite.datasets.registry.DatasetRegistry;

/**
 * The final losses of the AI2 OLMo model ladder, 5 sizes x 5 token multiples, read from the upstream
 * per-checkpoint curves (byte copies in the {@code flp} dataset, {@code olmo-ladder/<prefix><multiple>.csv},
 * allenai/OLMo {@code scripts/scaling/data/peteish-moreeval/}) rather than from the derived table
 * {@code olmo-ladder-final/ladder_final_losses.csv}, which tests use as a cross-check.
 *
 * <p>Model sizes (non-embedding N) and file prefixes come from {@code olmo-ladder/models.csv}, rows with role
 * {@code sampling} (every role must be {@code sampling} or {@code target}, every label unique, every prefix one of
 * registered files). For each run the
 * row with the largest {@code _step} is its end-of-schedule checkpoint (every run decays its learning rate to
 * 0.1 x peak at its own end); steps must be zero or more and increase down the file. D is
 * {@code throughput/total_tokens} and the loss is {@code eval/c4_en-validation/CrossEntropyLoss}, positive on
 * every row (not only the last), so a damaged curve is rejected rather than read up to its end.
 */
public final class OlmoLadderFinal {

    public static final String DATASET = "flp";
    public static final String MODELS = "olmo-ladder/models.csv";
    /** The ladder's token multiples, as the upstream file names spell them (1xC is the rerun). */
    public static final List<String> MULTIPLES = List.of("0.5xC", "1xC-rerun", "2xC", "5xC", "10xC");
    public static final String STEP = "_step";
    public static final String TOKENS = "throughput/total_tokens";
    public static final String LOSS = "eval/c4_en-validation/CrossEntropyLoss";

    private OlmoLadderFinal() {
    }

    /** @return the 25 final checkpoints, by model then multiple. */
    public static List<OlmoLadderRun> load(DataStore store) {
        List<OlmoLadderRun> runs = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        CsvReader.forEach(store.path(DATASET, MODELS), List.of("label", "files_prefix", "non_embedding_params", "role"),
                row -> {
                    String role = row.text("role");
                    if (!role.equals("sampling") && !role.equals("target")) {
                        throw row.invalid("role", role, "expected sampling or target");
                    }
                    if (!labels.add(row.text("label"))) {
                        throw row.invalid("label", row.text("label"), "duplicate model label");
                    }
                    if (role.equals("sampling")) {
                        String prefix = row.text("files_prefix");
                        double n = row.positive("non_embedding_params");
                        for (String multiple : MULTIPLES) {
                            String file = "olmo-ladder/" + prefix + multiple + ".csv";
                            if (DatasetRegistry.bundled().find(DATASET, file).isEmpty()) {
                                throw row.invalid("files_prefix", prefix, "names no registered file: " + DATASET + "/"
                                        + file);
                            }
                            runs.add(finalCheckpoint(store, row.text("label"), n, multiple, file));
                        }
                    }
                });
        if (runs.isEmpty()) {
            throw new InvalidDataException(MODELS, "has no model with role 'sampling'");
        }
        return List.copyOf(runs);
    }

    private static OlmoLadderRun finalCheckpoint(DataStore store, String label, double n, String multiple,
            String file) {
        CsvRow[] last = {null};
        long[] previousStep = {Long.MIN_VALUE};
        java.nio.file.Path path = store.path(DATASET, file);
        CsvReader.forEach(path, List.of(STEP, TOKENS, LOSS), row -> {
            long step = row.longValue(STEP);
            if (step < 0) {
                throw row.invalid(STEP, row.text(STEP), "must not be negative");
            }
            if (step <= previousStep[0]) {
                throw row.invalid(STEP, Long.toString(step), "steps must increase; the previous row has step "
                        + previousStep[0]);
            }
            previousStep[0] = step;
            row.positive(TOKENS);
            row.positive(LOSS);
            last[0] = row;
        });
        if (last[0] == null) {
            throw new InvalidDataException(path.toString(), "has no checkpoint rows");
        }
        CsvRow row = last[0];
        return new OlmoLadderRun(label, n, multiple, file, row.line(), row.longValue(STEP), row.positive(TOKENS),
                row.positive(LOSS));
    }

    /** @return the runs as comparison data: inputs (N, D), response the final C4 loss. */
    public static RunSet runSet(DataStore store) {
        List<OlmoLadderRun> runs = load(store);
        double[] n = runs.stream().mapToDouble(OlmoLadderRun::n).toArray();
        double[] d = runs.stream().mapToDouble(OlmoLadderRun::tokens).toArray();
        double[] loss = runs.stream().mapToDouble(OlmoLadderRun::loss).toArray();
        return new RunSet(Observations.of(List.of("N", "D"), new double[][] {n, d}, "loss", loss), List.of(
                runs.size() + " runs: the last checkpoint of each of the ladder's curves (flp/olmo-ladder/*.csv); "
                        + "N is non-embedding, D = throughput/total_tokens, loss = C4 validation cross-entropy"));
    }
}
