package org.scalingsuite.benchmarks;

import java.util.List;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.datasets.chinchilla.ChinchillaPoints;
import org.scalingsuite.datasets.chinchilla.ChinchillaRun;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.chinchilla.EpochRecipe;

/**
 * The data every Chinchilla benchmark uses: Epoch's 245 digitised runs with the 5 highest losses dropped
 * (240 runs), D = C / 6N, found the way the command line finds data (data directory, mirror, cache).
 */
final class EpochData {

    private EpochData() {
    }

    /** @return the 240 runs as observations (N, D) -> loss. */
    static Observations load() {
        List<ChinchillaRun> runs = ChinchillaPoints.dropHighestLosses(ChinchillaPoints.load(DatasetStore.standard()),
                EpochRecipe.OUTLIERS_DROPPED);
        if (runs.size() != 240) {
            throw new IllegalStateException("expected Epoch's 240 runs, found " + runs.size());
        }
        return ChinchillaPoints.observations(runs);
    }
}
