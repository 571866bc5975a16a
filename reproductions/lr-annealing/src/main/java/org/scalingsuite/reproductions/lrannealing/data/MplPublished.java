package org.scalingsuite.reproductions.lrannealing.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Loads {@code lr-annealing/multipowerlaw/mpl_published_params.csv}: the Multi-Power-Law README's fitted
 * parameters (unrounded, as in upstream {@code src/config.py}) and test metrics per model size. Columns are read
 * by name; {@code model} must be {@code <size>M} with a size of the curve set, once; parameters must be positive.
 */
public final class MplPublished {

    public static final String DATASET = "lr-annealing";
    public static final String FILE = "multipowerlaw/mpl_published_params.csv";
    private static final List<String> PARAMETERS = List.of("L0", "A", "alpha", "B", "C", "beta", "gamma");

    private MplPublished() {
    }

    /** @return the rows of the registered file. */
    public static List<MplPublishedRow> load(DataStore store) {
        return read(store.path(DATASET, FILE));
    }

    /** @return the rows of a file in this format. */
    public static List<MplPublishedRow> read(Path file) {
        List<String> required = new ArrayList<>(List.of("model"));
        required.addAll(PARAMETERS);
        required.addAll(List.of("test_R2", "test_MAE", "test_RMSE", "test_PredE", "test_WorstE"));
        List<MplPublishedRow> rows = new ArrayList<>();
        CsvReader.forEach(file, required, row -> {
            String model = row.text("model");
            int size;
            try {
                size = Integer.parseInt(model.endsWith("M") ? model.substring(0, model.length() - 1) : "x");
            } catch (NumberFormatException e) {
                throw row.invalid("model", model, "expected a size such as 25M");
            }
            if (!MultiPowerLawCurves.SIZES.contains(size)) {
                throw row.invalid("model", model, "no curves for this size; sizes are " + MultiPowerLawCurves.SIZES);
            }
            for (MplPublishedRow other : rows) {
                if (other.modelSize() == size) {
                    throw row.invalid("model", model, "repeats the model of line " + other.line());
                }
            }
            double[] p = new double[PARAMETERS.size()];
            for (int j = 0; j < p.length; j++) {
                p[j] = row.positive(PARAMETERS.get(j));
            }
            rows.add(new MplPublishedRow(row.line(), size, p, row.number("test_R2"), row.nonNegative("test_MAE"),
                    row.nonNegative("test_RMSE"), row.nonNegative("test_PredE"), row.nonNegative("test_WorstE")));
        });
        if (rows.isEmpty()) {
            throw new InvalidDataException(file.toString(), "no data rows");
        }
        return List.copyOf(rows);
    }

    /** @return the row of one model size. */
    public static MplPublishedRow forSize(List<MplPublishedRow> rows, int modelSize) {
        return rows.stream().filter(r -> r.modelSize() == modelSize).findFirst()
                .orElseThrow(() -> new InvalidDataException(FILE, "no row for model " + modelSize + "M"));
    }
}
