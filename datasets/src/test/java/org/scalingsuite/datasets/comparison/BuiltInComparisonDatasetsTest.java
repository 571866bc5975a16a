package org.scalingsuite.datasets.comparison;

// The built-in comparison data sets are found through ServiceLoader, and each loads from the mirror with its
// default split: Chinchilla 203 fitted / 37 held out, the (Mis)Fitting sweep 75 / 6, the OLMo ladder 20 / 5.

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.compare.ComparisonDataset;
import org.scalingsuite.core.compare.ComparisonDatasets;
import org.scalingsuite.core.compare.HoldOut;
import org.scalingsuite.datasets.store.DatasetStore;

class BuiltInComparisonDatasetsTest {

    @TempDir
    Path cache;

    @Test
    void serviceLoaderFindsTheBuiltInDataSets() {
        List<String> ids = ComparisonDatasets.all().stream().map(ComparisonDataset::id).toList();
        assertEquals(List.of("chinchilla", "misfitting2025", "olmo-ladder-final"), ids);
    }

    @Test
    void eachLoadsWithItsDefaultSplit() {
        DatasetStore store = MirrorStore.of(cache);
        Map<String, int[]> expected = Map.of("chinchilla", new int[] {203, 37}, "misfitting2025", new int[] {75, 6},
                "olmo-ladder-final", new int[] {20, 5});
        for (ComparisonDataset d : new BuiltInComparisonDatasets().datasets()) {
            HoldOut.Split split = d.holdOut().split(d.load(store).runs());
            assertEquals(expected.get(d.id())[0], split.train().size(), d.id());
            assertEquals(expected.get(d.id())[1], split.test().size(), d.id());
        }
    }
}
