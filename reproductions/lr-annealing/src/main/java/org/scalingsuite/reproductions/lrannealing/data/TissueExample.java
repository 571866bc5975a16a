package org.scalingsuite.reproductions.lrannealing.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Loads the 40 loss points of Tissue et al.'s public fitting example
 * ({@code lr-annealing/tissue-example/example_losses.csv}, header {@code schedule,step,loss}): a cosine and a
 * constant run, each at steps 1000, 2000, ..., 20000. The schedule must be {@code cosine} or {@code constant},
 * the step a positive whole number, the loss a positive number; a (schedule, step) pair may appear once.
 */
public final class TissueExample {

    public static final String DATASET = "lr-annealing";
    public static final String FILE = "tissue-example/example_losses.csv";
    public static final List<String> SCHEDULES = List.of("cosine", "constant");

    private TissueExample() {
    }

    /** @return every point of the registered file, in file order. */
    public static List<ExamplePoint> load(DataStore store) {
        return read(store.path(DATASET, FILE));
    }

    /** @return every point of a file in the example's format. */
    public static List<ExamplePoint> read(Path file) {
        List<ExamplePoint> points = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        CsvReader.forEach(file, List.of("schedule", "step", "loss"), row -> {
            String schedule = row.text("schedule");
            if (!SCHEDULES.contains(schedule)) {
                throw row.invalid("schedule", schedule, "expected one of " + SCHEDULES);
            }
            long step = row.longValue("step");
            if (step <= 0 || step > Integer.MAX_VALUE) {
                throw row.invalid("step", row.text("step"), "must be a positive step number");
            }
            Long previous = seen.putIfAbsent(schedule + "|" + step, row.line());
            if (previous != null) {
                throw row.invalid("step", row.text("step"), "repeats the " + schedule + " step of line " + previous);
            }
            points.add(new ExamplePoint(row.line(), schedule, (int) step, row.positive("loss")));
        });
        if (points.isEmpty()) {
            throw new InvalidDataException(file.toString(), "no data rows");
        }
        return List.copyOf(points);
    }
}
