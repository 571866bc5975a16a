package org.scalingsuite.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of comparison data sets: sorted by id, one entry per id, ids fit for a command line. */
class ComparisonDatasetsTest {

    private static ComparisonDataset entry(String id) {
        return new ComparisonDataset(id, "t", "s", HoldOut.none(), store -> SyntheticRuns.runs(0));
    }

    @Test
    void sortsByIdAndRejectsDuplicates() {
        assertEquals(List.of("a", "b"), ComparisonDatasets.sorted(List.of(entry("b"), entry("a"))).stream()
                .map(ComparisonDataset::id).toList());
        assertThrows(IllegalStateException.class, () -> ComparisonDatasets.sorted(List.of(entry("a"), entry("a"))));
    }

    @Test
    void rejectsIdsAUserCouldNotType() {
        assertThrows(IllegalArgumentException.class, () -> entry("Has Space"));
        assertEquals("opt-125m.v2", entry("opt-125m.v2").id());
    }
}
