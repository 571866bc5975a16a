package org.scalingsuite.reproductions.lrannealing.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;
import org.scalingsuite.datasets.csv.CsvRow;

/**
 * Loads the public loss curves of the Multi-Power-Law repository (Luo et al. 2025,
 * {@code thu-yao-01-luo/MultiPowerLaw} at 8da9f19, MIT): {@code lr-annealing/multipowerlaw/csv_<size>/<schedule>.csv}
 * for 25M, 100M and 400M models under nine schedules. Each file has the header {@code step,lr,loss}; columns are
 * read by name. Steps must be whole numbers, zero or more and strictly increasing; learning rates and losses
 * positive finite numbers. Any other input is rejected with file, line, column and value.
 *
 * <p>The only filter is upstream's: when a file's largest step is exactly 24,000, rows at step 24,000 or later
 * are dropped ({@link #dropFinalStep}); the count is kept on the curve and shown in the report.
 */
public final class MultiPowerLawCurves {

    public static final String DATASET = "lr-annealing";
    /** The model sizes, in millions of parameters. */
    public static final List<Integer> SIZES = List.of(25, 100, 400);
    /** Every schedule of every size. */
    public static final List<String> SCHEDULES = List.of("constant_24000", "cosine_24000", "constant_72000",
            "cosine_72000", "wsd_20000_24000", "wsdld_20000_24000", "wsdcon_3", "wsdcon_9", "wsdcon_18");
    /** Upstream's held-out set, on which the published MPL metrics are averaged. */
    public static final List<String> TEST = List.of("constant_72000", "cosine_72000", "wsd_20000_24000",
            "wsdld_20000_24000", "wsdcon_3", "wsdcon_18");
    /** Upstream's training set for MPL. */
    public static final List<String> MPL_TRAIN = List.of("cosine_24000", "constant_24000", "wsdcon_9");
    /** The step from which upstream drops rows of files that end exactly there. */
    public static final int DROP_FROM_STEP = 24_000;

    private MultiPowerLawCurves() {
    }

    /** @return the registered file name of one curve, e.g. {@code multipowerlaw/csv_400/cosine_24000.csv}. */
    public static String file(int modelSize, String schedule) {
        if (!SIZES.contains(modelSize)) {
            throw new IllegalArgumentException("no curves for model size " + modelSize + "M; sizes are " + SIZES);
        }
        if (!SCHEDULES.contains(schedule)) {
            throw new IllegalArgumentException("unknown schedule " + schedule + "; schedules are " + SCHEDULES);
        }
        return "multipowerlaw/csv_" + modelSize + "/" + schedule + ".csv";
    }

    /** @return one curve of the registered data. */
    public static LossCurve load(DataStore store, int modelSize, String schedule) {
        return read(store.path(DATASET, file(modelSize, schedule)), modelSize, schedule);
    }

    /** @return the curves of one model size, in the order of {@code schedules}. */
    public static List<LossCurve> load(DataStore store, int modelSize, List<String> schedules) {
        List<LossCurve> curves = new ArrayList<>();
        for (String s : schedules) {
            curves.add(load(store, modelSize, s));
        }
        return List.copyOf(curves);
    }

    /** @return the curve in {@code file}, with upstream's final-step rule applied. */
    public static LossCurve read(Path file, int modelSize, String schedule) {
        List<Integer> steps = new ArrayList<>();
        List<Double> lrs = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        CsvReader.forEach(file, List.of("step", "lr", "loss"), row -> {
            int step = step(row);
            if (!steps.isEmpty() && step <= steps.get(steps.size() - 1)) {
                throw row.invalid("step", row.text("step"),
                        "steps must increase; the previous row has step " + steps.get(steps.size() - 1));
            }
            steps.add(step);
            lrs.add(row.positive("lr"));
            losses.add(row.positive("loss"));
        });
        if (steps.isEmpty()) {
            throw new org.scalingsuite.core.data.InvalidDataException(file.toString(), "no data rows");
        }
        int[] s = steps.stream().mapToInt(Integer::intValue).toArray();
        double[] lr = lrs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] loss = losses.stream().mapToDouble(Double::doubleValue).toArray();
        int kept = dropFinalStep(s);
        return new LossCurve(modelSize, schedule, java.util.Arrays.copyOf(s, kept), java.util.Arrays.copyOf(lr, kept),
                java.util.Arrays.copyOf(loss, kept), s.length, s.length - kept);
    }

    /**
     * Upstream's rule (MultiPowerLaw {@code load_data}): when the largest step is exactly 24,000, rows at step
     * 24,000 or later are dropped.
     *
     * @param steps increasing steps
     * @return the number of leading rows kept
     */
    public static int dropFinalStep(int[] steps) {
        if (steps.length == 0 || steps[steps.length - 1] != DROP_FROM_STEP) {
            return steps.length;
        }
        int kept = 0;
        while (kept < steps.length && steps[kept] < DROP_FROM_STEP) {
            kept++;
        }
        return kept;
    }

    private static int step(CsvRow row) {
        long step = row.longValue("step");
        if (step < 0 || step > Integer.MAX_VALUE) {
            throw row.invalid("step", row.text("step"), "must be a step number from 0 to " + Integer.MAX_VALUE);
        }
        return (int) step;
    }
}
