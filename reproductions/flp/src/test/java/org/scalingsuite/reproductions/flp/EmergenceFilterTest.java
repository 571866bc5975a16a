package org.scalingsuite.reproductions.flp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalingsuite.reproductions.flp.data.Checkpoint;

/**
 * FLP's emergence filter (random guessing + 5 points) on constructed checkpoints: strictly above
 * chance + 0.05 is kept, at or below is dropped and counted, and a multi-column task (MMLU) is judged on the
 * mean of its columns.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='EmergenceFilterTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class EmergenceFilterTest {

    private static Checkpoint checkpoint(int line, Map<String, Double> metrics) {
        return new Checkpoint("test.csv", line, line, 1e9, metrics);
    }

    @Test
    void keepsOnlyAccuraciesStrictlyAboveChancePlusTheMargin() {
        Benchmark task = new Benchmark("t", List.of("acc"), 0.25);
        List<Checkpoint> all = List.of(checkpoint(2, Map.of("acc", 0.25)), checkpoint(3, Map.of("acc", 0.30)),
                checkpoint(4, Map.of("acc", 0.3001)), checkpoint(5, Map.of("acc", 0.9)),
                checkpoint(6, Map.of("acc", 0.1)));
        EmergenceFilter.Selection s = FlpRecipe.emergenceFilter().select(all, task);
        assertEquals(List.of(all.get(2), all.get(3)), s.kept());
        assertEquals(3, s.dropped());
    }

    @Test
    void multiColumnTasksUseTheMeanOfTheirColumns() {
        Benchmark mmlu = FlpRecipe.BENCHMARKS.stream().filter(b -> b.name().equals("mmlu")).findFirst().orElseThrow();
        assertEquals(4, mmlu.columns().size());
        Map<String, Double> values = Map.of(mmlu.columns().get(0), 0.40, mmlu.columns().get(1), 0.28,
                mmlu.columns().get(2), 0.28, mmlu.columns().get(3), 0.28);
        Checkpoint c = checkpoint(2, values);
        assertEquals(0.31, mmlu.accuracy(c), 1e-15);
        assertTrue(FlpRecipe.emergenceFilter().emerged(mmlu.accuracy(c), mmlu.chance()));
        assertFalse(FlpRecipe.emergenceFilter().emerged(0.28, mmlu.chance()));
    }

    @Test
    void rejectsANegativeMargin() {
        assertThrows(IllegalArgumentException.class, () -> new EmergenceFilter(-0.01));
    }
}
