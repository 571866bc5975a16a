package org.scalingsuite.datasets.chinchilla;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Loads Epoch AI's digitisation of Hoffmann et al.'s Figure 4 ({@code chinchilla/svg_extracted_data.csv},
 * epoch-research/analyzing-chinchilla): 245 runs with columns {@code Model Size} (N), {@code Training FLOP}
 * (C) and {@code loss}, read by header name. All three must be positive finite numbers.
 *
 * <p>Epoch's analysis drops the five highest losses: it keeps rows whose loss is strictly below the
 * fifth-largest loss ({@link #dropHighestLosses}), leaving 240 runs.
 */
public final class ChinchillaPoints {

    public static final String DATASET = "chinchilla";
    public static final String FILE = "svg_extracted_data.csv";

    private ChinchillaPoints() {
    }

    /** @return every run of the registered file. */
    public static List<ChinchillaRun> load(DataStore store) {
        return read(store.path(DATASET, FILE));
    }

    /** @return every run of a file in Epoch's format. */
    public static List<ChinchillaRun> read(Path file) {
        List<ChinchillaRun> runs = new ArrayList<>();
        CsvReader.forEach(file, List.of("Model Size", "Training FLOP", "loss"), row -> runs.add(
                new ChinchillaRun(row.line(), row.positive("Model Size"), row.positive("Training FLOP"),
                        row.positive("loss"))));
        return List.copyOf(runs);
    }

    /**
     * Epoch's outlier rule: keep runs whose loss is strictly below the {@code count}-th largest loss. With
     * ties at the threshold more than {@code count} runs are dropped, exactly as in Epoch's notebook.
     */
    public static List<ChinchillaRun> dropHighestLosses(List<ChinchillaRun> runs, int count) {
        if (count <= 0) {
            return runs;
        }
        if (count > runs.size()) {
            throw new IllegalArgumentException("cannot drop " + count + " of " + runs.size() + " runs");
        }
        double[] sorted = runs.stream().mapToDouble(ChinchillaRun::loss).sorted().toArray();
        double threshold = sorted[sorted.length - count];
        return runs.stream().filter(r -> r.loss() < threshold).toList();
    }

    /** @return the runs as observations with inputs (N, D = C / 6N) and response loss. */
    public static Observations observations(List<ChinchillaRun> runs) {
        double[] n = runs.stream().mapToDouble(ChinchillaRun::modelSize).toArray();
        double[] d = runs.stream().mapToDouble(ChinchillaRun::tokens).toArray();
        double[] loss = runs.stream().mapToDouble(ChinchillaRun::loss).toArray();
        return Observations.of(List.of("N", "D"), new double[][] {n, d}, "loss", loss);
    }

    /** @return the distinct model sizes, ascending. */
    public static double[] modelSizes(List<ChinchillaRun> runs) {
        return runs.stream().mapToDouble(ChinchillaRun::modelSize).distinct().sorted().toArray();
    }

    /** @return the runs sorted by compute (stable). */
    public static List<ChinchillaRun> byCompute(List<ChinchillaRun> runs) {
        ChinchillaRun[] array = runs.toArray(ChinchillaRun[]::new);
        Arrays.sort(array, (a, b) -> Double.compare(a.flops(), b.flops()));
        return List.of(array);
    }
}
