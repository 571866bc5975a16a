package org.scalingsuite.reproductions.overtraining.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;
import org.scalingsuite.datasets.registry.DatasetRegistry;
import org.scalingsuite.datasets.registry.RegisteredFile;

/**
 * The testbed of Gadre et al. (2024), read from the authors' released files (mlfoundations/scaling @ a003c49,
 * dataset {@code overtraining}): every {@code models/<run>.json} of the registry with its
 * {@code evals/evaluation_<run>_heavy.json}, and {@code eval_metadata.csv}.
 *
 * <p>Per model: N = {@code hyperparameters.params} (embeddings included), D = {@code hyperparameters.tokens},
 * cc_mult = {@code hyperparameters.chinchilla_multiplier}, one loss per validation set from {@code results[]}
 * (the set key is the second-to-last component of {@code val_data[0]}, or the file stem for the German set, as
 * in the authors' parser), and the accuracies of {@code eval_metrics.icl}. Nothing is filtered here: every model
 * file must parse, have a matching eval file, a known training set and shape, the same 46 tasks as every other
 * eval file, and accuracies in [0, 1]; otherwise loading fails with the file, line and member.
 *
 * @param runs               every model, in registry (file name) order
 * @param tasks              the 46 task keys, in the order of the first eval file
 * @param randomBaselines    chance accuracy in percent per task key, from {@code eval_metadata.csv}
 * @param metadataRows       rows of {@code eval_metadata.csv}
 * @param evalFiles          eval files in the registry
 */
public record Testbed(List<ModelRun> runs, List<String> tasks, Map<String, Double> randomBaselines,
        int metadataRows, int evalFiles) {

    public static final String DATASET = "overtraining";
    public static final String METADATA = "eval_metadata.csv";
    private static final String MODELS = "models/";
    private static final String EVALS = "evals/";

    public Testbed {
        runs = List.copyOf(runs);
        tasks = List.copyOf(tasks);
        randomBaselines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(randomBaselines));
    }

    /** @return the testbed from the registered files. */
    public static Testbed load(DataStore store) {
        return load(store, DatasetRegistry.bundled());
    }

    /** @return the testbed from the files {@code registry} lists for dataset {@value #DATASET}. */
    public static Testbed load(DataStore store, DatasetRegistry registry) {
        List<String> modelFiles = files(registry, MODELS);
        Set<String> evalFiles = new LinkedHashSet<>(files(registry, EVALS));
        if (modelFiles.isEmpty()) {
            throw new InvalidDataException(DATASET, "the registry lists no model files under " + MODELS);
        }
        Map<String, Double> baselines = readMetadata(store.path(DATASET, METADATA));
        int metadataRows = baselines.size();
        List<ModelRun> runs = new ArrayList<>();
        List<String> tasks = null;
        Path firstEval = null;
        for (String modelFile : modelFiles) {
            String stem = modelFile.substring(MODELS.length(), modelFile.length() - ".json".length());
            String evalFile = EVALS + "evaluation_" + stem + "_heavy.json";
            if (!evalFiles.contains(evalFile)) {
                throw new InvalidDataException(modelFile, "no evaluation file " + evalFile + " in the registry");
            }
            Path evalPath = store.path(DATASET, evalFile);
            Map<String, Double> accuracies = readAccuracies(evalPath);
            if (tasks == null) {
                tasks = List.copyOf(accuracies.keySet());
                firstEval = evalPath;
            } else if (!new LinkedHashSet<>(tasks).equals(accuracies.keySet())) {
                throw new InvalidDataException(evalPath.getFileName().toString(), "its tasks " + accuracies.keySet()
                        + " differ from those of " + firstEval.getFileName() + " " + tasks);
            }
            runs.add(readModel(store.path(DATASET, modelFile), stem, accuracies));
        }
        if (evalFiles.size() != modelFiles.size()) {
            List<String> orphans = evalFiles.stream().filter(e -> !modelFiles.contains(MODELS
                    + e.substring((EVALS + "evaluation_").length(), e.length() - "_heavy.json".length()) + ".json"))
                    .toList();
            throw new InvalidDataException(DATASET, "eval files without a model file: " + orphans);
        }
        for (String task : tasks) {
            if (!baselines.containsKey(task)) {
                throw new InvalidDataException(METADATA, "task '" + task + "' of the eval files has no row");
            }
        }
        return new Testbed(runs, tasks, baselines, metadataRows, evalFiles.size());
    }

    private static List<String> files(DatasetRegistry registry, String folder) {
        return registry.files(DATASET).stream().map(RegisteredFile::file)
                .filter(f -> f.startsWith(folder) && f.endsWith(".json")).sorted().toList();
    }

    /** Reads one model file. */
    static ModelRun readModel(Path file, String expectedName, Map<String, Double> accuracies) {
        String source = file.getFileName().toString();
        JsonFields f = new JsonFields(source);
        JsonValue.JsonObject root = f.object(JsonReader.read(file), "");
        String name = f.string(root, "", "name");
        if (!name.equals(expectedName)) {
            throw f.invalid(root.members().get("name"), "name", name, "differs from the file name " + expectedName);
        }
        String datasetKey = f.string(root, "", "dataset_name");
        TrainingSet set = TrainingSet.fromKey(datasetKey);
        if (set == null) {
            throw f.invalid(root.members().get("dataset_name"), "dataset_name", datasetKey,
                    "unknown training set; expected c4_original, rpj or rw_original");
        }
        JsonValue.JsonObject hp = f.object(root, "", "hyperparameters");
        String modelPath = f.string(hp, "hyperparameters", "model");
        String modelKey = modelPath.substring(modelPath.lastIndexOf('/') + 1);
        if (modelKey.endsWith(".json")) {
            modelKey = modelKey.substring(0, modelKey.length() - ".json".length());
        }
        ModelShape shape = ModelShape.fromKey(modelKey);
        if (shape == null) {
            throw f.invalid(hp.members().get("model"), "hyperparameters.model", modelPath, "unknown model shape");
        }
        long params = f.positiveInteger(hp, "hyperparameters", "params");
        long tokens = f.positiveInteger(hp, "hyperparameters", "tokens");
        double ccMult = f.positive(hp, "hyperparameters", "chinchilla_multiplier");
        Map<String, ValidationLoss> losses = new LinkedHashMap<>();
        List<JsonValue> results = f.array(root, "", "results");
        for (int i = 0; i < results.size(); i++) {
            String path = "results[" + i + "]";
            JsonValue.JsonObject r = f.object(results.get(i), path);
            List<JsonValue> valData = f.array(r, path, "val_data");
            if (valData.size() != 1) {
                throw f.invalid(r, path + ".val_data", Integer.toString(valData.size()), "expected one path");
            }
            String valPath = f.string(valData.get(0), path + ".val_data[0]");
            String key = validationKey(valPath);
            if (key == null) {
                throw f.invalid(valData.get(0), path + ".val_data[0]", valPath, "cannot derive a validation-set key");
            }
            ValidationLoss loss = new ValidationLoss(key, f.positive(r, path, "loss"),
                    f.positive(r, path, "loss_sequences_lower_95"), f.positive(r, path, "loss_sequences_upper_95"));
            if (losses.put(key, loss) != null) {
                throw f.invalid(valData.get(0), path + ".val_data[0]", valPath, "duplicate validation set " + key);
            }
        }
        if (!losses.containsKey(ModelRun.C4_EVAL)) {
            throw new InvalidDataException(source, root.line(), "results", null,
                    "no result for validation set " + ModelRun.C4_EVAL + "; sets are " + losses.keySet());
        }
        return new ModelRun(name, set, shape, params, tokens, ccMult, losses, accuracies);
    }

    /**
     * @return the validation-set key of a {@code val_data} path: the second-to-last path component, or the file
     *         stem when that component contains {@code de-en} (the authors' rule); null when neither exists
     */
    static String validationKey(String valPath) {
        String[] parts = valPath.split("/");
        if (parts.length < 2) {
            return null;
        }
        String key = parts[parts.length - 2];
        if (key.contains("de-en")) {
            String last = parts[parts.length - 1];
            int dot = last.indexOf('.');
            key = dot < 0 ? last : last.substring(0, dot);
        }
        return key.isEmpty() ? null : key;
    }

    /** Reads {@code eval_metrics.icl} of one eval file: accuracies in [0, 1], in file order. */
    static Map<String, Double> readAccuracies(Path file) {
        String source = file.getFileName().toString();
        JsonFields f = new JsonFields(source);
        JsonValue.JsonObject root = f.object(JsonReader.read(file), "");
        JsonValue.JsonObject icl = f.object(f.object(root, "", "eval_metrics"), "eval_metrics", "icl");
        Map<String, Double> accuracies = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : icl.members().entrySet()) {
            String path = "eval_metrics.icl." + e.getKey();
            JsonValue.JsonNumber n = f.number(e.getValue(), path);
            if (!(n.value() >= 0 && n.value() <= 1)) {
                throw f.invalid(n, path, n.text(), "accuracy must be in [0, 1]");
            }
            accuracies.put(e.getKey(), n.value());
        }
        if (accuracies.isEmpty()) {
            throw new InvalidDataException(source, icl.line(), "eval_metrics.icl", null, "no tasks");
        }
        return accuracies;
    }

    private static Map<String, Double> readMetadata(Path file) {
        Map<String, Double> baselines = new LinkedHashMap<>();
        CsvReader.forEach(file, List.of("Eval Task", "Random baseline"), row -> {
            String task = row.text("Eval Task");
            if (baselines.put(task, row.nonNegative("Random baseline")) != null) {
                throw row.invalid("Eval Task", task, "duplicate task");
            }
        });
        return baselines;
    }

    /** @return the runs of one training set, in file order. */
    public List<ModelRun> runs(TrainingSet set) {
        return select(r -> r.trainingSet() == set);
    }

    /** @return the runs matching {@code keep}, in file order. */
    public List<ModelRun> select(Predicate<ModelRun> keep) {
        return runs.stream().filter(keep).toList();
    }

    /** @return the single run with this training set, shape and token multiplier. */
    public ModelRun run(TrainingSet set, ModelShape shape, double multiplier) {
        List<ModelRun> found = select(r -> r.trainingSet() == set && r.shape() == shape
                && r.multiplier() == multiplier);
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.size() + " runs for " + set.label() + " " + shape.label()
                    + " M=" + multiplier);
        }
        return found.get(0);
    }

    /** @return the runs whose tokens differ from 20 x cc_mult x N (none in the released files). */
    public List<ModelRun> multiplierMismatches() {
        return select(r -> (double) r.tokens() != r.multiplier() * r.parameters());
    }
}
