package org.scalingsuite.reproductions.flp.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;
import org.scalingsuite.datasets.csv.CsvRow;
import org.scalingsuite.datasets.csv.CsvTable;
import org.scalingsuite.datasets.registry.DatasetRegistry;

/**
 * Loads the AI2 OLMo model ladder (allenai/OLMo, branch {@code ladder-1xC}, commit 9bc064c7,
 * {@code scripts/scaling/data/peteish-moreeval/}, Apache-2.0), the public stand-in for the FLP paper's
 * unreleased sampling models. Reads the upstream byte-copy evaluation CSVs by header name and
 * {@code models.csv} (non-embedding parameter counts transcribed from upstream {@code final_moredata.json}).
 *
 * <ul>
 *   <li>Sampling runs: {@code <prefix><budget>.csv} for every sampling model of {@code models.csv} and every
 *       budget of {@link #BUDGETS} (a prefix that names no registered file is an error in {@code models.csv}); tokens from {@code throughput/total_tokens}; {@code _step} must
 *       increase strictly down the file.</li>
 *   <li>OLMo-2 7B: the only row of {@code peteish7_eval_anneal.csv} (the final annealed checkpoint; a second
 *       row is an error); tokens from {@code throughput/total_tokens}.</li>
 *   <li>OLMo-2 13B: the last row of {@code peteish13_eval_final.csv}; that file has no token column, so
 *       tokens = {@code _step} x {@code batch_size_in_tokens}.</li>
 * </ul>
 * Validation losses ({@code ...CrossEntropyLoss}) must be positive and accuracies ({@code eval/downstream/...})
 * in [0, 1]; any other problem (missing column, non-number, step out of order) is an
 * {@link InvalidDataException} naming the file, line, column and value. No row is dropped.
 */
public final class OlmoLadder {

    public static final String DATASET = "flp";
    public static final String FOLDER = "olmo-ladder/";
    public static final String MODELS_FILE = FOLDER + "models.csv";
    /** Upstream budget labels with their multiple of 20 tokens per parameter; {@code 1xC-rerun} supersedes {@code 1xC}. */
    public static final Map<String, Double> BUDGETS = budgets();
    public static final String SEVEN_B_FILE = FOLDER + "peteish7_eval_anneal.csv";
    public static final String THIRTEEN_B_FILE = FOLDER + "peteish13_eval_final.csv";
    public static final String SEVEN_B = "7B-4T";
    public static final String THIRTEEN_B = "13B-5T";

    static final String STEP = "_step";
    static final String TOTAL_TOKENS = "throughput/total_tokens";
    static final String BATCH_TOKENS = "batch_size_in_tokens";

    /** How a file gives the token count of a checkpoint. */
    public enum TokenRule {
        /** {@code throughput/total_tokens}. */
        TOTAL_TOKENS("throughput/total_tokens"),
        /** {@code _step} x {@code batch_size_in_tokens}. */
        STEP_TIMES_BATCH("_step x batch_size_in_tokens");

        private final String description;

        TokenRule(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private OlmoLadder() {
    }

    private static Map<String, Double> budgets() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("0.5xC", 0.5);
        m.put("1xC-rerun", 1.0);
        m.put("2xC", 2.0);
        m.put("5xC", 5.0);
        m.put("10xC", 10.0);
        return Collections.unmodifiableMap(m);
    }

    /**
     * Loads every sampling run and both targets.
     *
     * @param metrics the upstream metric columns to read from every file (losses and accuracies)
     */
    public static LadderData load(DataStore store, List<String> metrics) {
        Path modelsPath = store.path(DATASET, MODELS_FILE);
        List<ModelSpec> models = readModels(modelsPath, MODELS_FILE);
        List<LadderRun> runs = new ArrayList<>();
        for (ModelSpec m : models) {
            if (m.role() != ModelSpec.Role.SAMPLING) {
                continue;
            }
            for (Map.Entry<String, Double> b : BUDGETS.entrySet()) {
                String file = FOLDER + m.filesPrefix() + b.getKey() + ".csv";
                if (DatasetRegistry.bundled().find(DATASET, file).isEmpty()) {
                    CsvRow row = CsvTable.read(modelsPath, "label").rows().stream()
                            .filter(r -> r.text("label").equals(m.label())).findFirst().orElseThrow();
                    throw row.invalid("files_prefix", m.filesPrefix(), "names no registered file: " + DATASET + "/"
                            + file);
                }
                List<Checkpoint> rows = readEvaluations(store.path(DATASET, file), file, metrics,
                        TokenRule.TOTAL_TOKENS, true);
                runs.add(new LadderRun(m, b.getKey(), b.getValue(), rows));
            }
        }
        List<Target> targets = List.of(
                target(store, models, SEVEN_B, SEVEN_B_FILE, metrics, TokenRule.TOTAL_TOKENS, false),
                target(store, models, THIRTEEN_B, THIRTEEN_B_FILE, metrics, TokenRule.STEP_TIMES_BATCH, true));
        return new LadderData(models, runs, targets);
    }

    private static Target target(DataStore store, List<ModelSpec> models, String label, String file,
            List<String> metrics, TokenRule rule, boolean hasStep) {
        ModelSpec model = models.stream().filter(m -> m.label().equals(label)).findFirst()
                .orElseThrow(() -> new InvalidDataException(MODELS_FILE, "no model labelled '" + label + "'"));
        if (model.role() != ModelSpec.Role.TARGET) {
            throw new InvalidDataException(MODELS_FILE, "model '" + label + "' should have role target");
        }
        if (!file.startsWith(FOLDER + model.filesPrefix())) {
            throw new InvalidDataException(MODELS_FILE, "target file " + file + " does not start with the files prefix "
                    + model.filesPrefix() + " of model '" + label + "'");
        }
        Path path = store.path(DATASET, file);
        List<Checkpoint> rows = readEvaluations(path, file, metrics, rule, hasStep);
        if (!hasStep && rows.size() > 1) {
            throw new InvalidDataException(path.toString(), rows.get(1).line(), null, null, "expected the one row "
                    + "of the final checkpoint (the file has no step column to order rows by), found " + rows.size());
        }
        return new Target(model, rows.get(rows.size() - 1), "last row of " + file + "; tokens = "
                + rule.description());
    }

    /** Reads {@code models.csv}: {@code label, files_prefix, non_embedding_params, role}. */
    public static List<ModelSpec> readModels(Path path, String name) {
        List<ModelSpec> models = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        CsvReader.forEach(path, List.of("label", "files_prefix", "non_embedding_params", "role"), row -> {
            String label = row.text("label");
            if (!labels.add(label)) {
                throw row.invalid("label", label, "duplicate model label");
            }
            String role = row.text("role");
            ModelSpec.Role r = switch (role) {
                case "sampling" -> ModelSpec.Role.SAMPLING;
                case "target" -> ModelSpec.Role.TARGET;
                default -> throw row.invalid("role", role, "expected sampling or target");
            };
            double n = row.positive("non_embedding_params");
            if (n != Math.rint(n)) {
                throw row.invalid("non_embedding_params", row.text("non_embedding_params"), "a parameter count must be whole");
            }
            models.add(new ModelSpec(label, row.text("files_prefix"), n, r));
        });
        if (models.isEmpty()) {
            throw new InvalidDataException(name, "no models listed");
        }
        return List.copyOf(models);
    }

    /**
     * Reads one evaluation file.
     *
     * @param path    the local file
     * @param name    its name within the dataset, used in messages and in the checkpoints
     * @param metrics the metric columns to read
     * @param rule    how tokens are obtained
     * @param hasStep whether the file has a {@code _step} column (which must then increase strictly)
     * @return the checkpoints in file order (at least one)
     */
    public static List<Checkpoint> readEvaluations(Path path, String name, List<String> metrics, TokenRule rule,
            boolean hasStep) {
        List<String> required = new ArrayList<>(metrics);
        if (hasStep) {
            required.add(STEP);
        }
        if (rule == TokenRule.TOTAL_TOKENS) {
            required.add(TOTAL_TOKENS);
        } else {
            required.add(BATCH_TOKENS);
            if (!hasStep) {
                throw new IllegalArgumentException("tokens from steps need a step column");
            }
        }
        List<Checkpoint> rows = new ArrayList<>();
        long[] previous = {Long.MIN_VALUE};
        CsvReader.forEach(path, required, row -> {
            long step = -1;
            if (hasStep) {
                step = row.longValue(STEP);
                if (step < 0) {
                    throw row.invalid(STEP, Long.toString(step), "must not be negative");
                }
                if (step <= previous[0]) {
                    throw row.invalid(STEP, Long.toString(step), "steps must increase down the file; previous step "
                            + previous[0]);
                }
                previous[0] = step;
            }
            double tokens = rule == TokenRule.TOTAL_TOKENS ? row.positive(TOTAL_TOKENS)
                    : step * row.positive(BATCH_TOKENS);
            if (!(tokens > 0)) {
                throw row.invalid(STEP, Long.toString(step), "gives no training tokens");
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (String column : metrics) {
                values.put(column, metric(row, column));
            }
            rows.add(new Checkpoint(name, row.line(), step, tokens, values));
        });
        if (rows.isEmpty()) {
            throw new InvalidDataException(name, "no checkpoints in the file");
        }
        return List.copyOf(rows);
    }

    private static double metric(CsvRow row, String column) {
        if (column.endsWith("CrossEntropyLoss")) {
            return row.positive(column);
        }
        double v = row.number(column);
        if (column.startsWith("eval/downstream/") && (v < 0 || v > 1)) {
            throw row.invalid(column, row.text(column), "an accuracy must lie in [0, 1]");
        }
        return v;
    }
}
