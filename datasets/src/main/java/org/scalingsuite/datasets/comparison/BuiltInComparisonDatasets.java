package org.scalingsuite.datasets.comparison;

import java.util.List;
import org.scalingsuite.core.compare.ComparisonDataset;
import org.scalingsuite.core.compare.ComparisonDatasetProvider;
import org.scalingsuite.core.compare.HoldOut;
import org.scalingsuite.core.compare.RunSet;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.chinchilla.ChinchillaPoints;
import org.scalingsuite.datasets.chinchilla.ChinchillaRun;

/**
 * The comparison data sets whose loaders live in the datasets module. Each entry names its default split;
 * the thresholds leave the largest models out: Chinchilla's runs of 2.5e9 parameters and more (37 of
 * 240), the OLMo ladder's 3.2B rung (5 of 25), the (Mis)Fitting sweep's two largest sizes (6 of 81).
 */
public final class BuiltInComparisonDatasets implements ComparisonDatasetProvider {

    @Override
    public List<ComparisonDataset> datasets() {
        return List.of(
                new ComparisonDataset("chinchilla",
                        "Hoffmann et al. 2022 Fig. 4 runs as digitised by Epoch AI (240 after dropping the 5 highest "
                                + "losses); D = C / 6N",
                        "Besiroglu et al. 2024, arXiv:2404.10102", HoldOut.atOrAbove(2.5e9),
                        BuiltInComparisonDatasets::chinchilla),
                new ComparisonDataset("misfitting2025",
                        "(Mis)Fitting sweep, final checkpoints, lowest loss over learning rates per (N, D)",
                        "Li et al. 2025, arXiv:2502.18969", HoldOut.atOrAbove(5e8), MisfittingSweep::runSet),
                new ComparisonDataset("olmo-ladder-final",
                        "AI2 OLMo ladder, final C4 loss of 5 sizes x 5 token multiples (non-embedding N)",
                        "Bhagia et al. 2024, arXiv:2412.04403", HoldOut.atOrAbove(3e9), OlmoLadderFinal::runSet));
    }

    private static RunSet chinchilla(DataStore store) {
        List<ChinchillaRun> all = ChinchillaPoints.load(store);
        List<ChinchillaRun> kept = ChinchillaPoints.dropHighestLosses(all, 5);
        return new RunSet(ChinchillaPoints.observations(kept), List.of("Epoch's outlier rule: dropped the "
                + (all.size() - kept.size()) + " runs with the highest losses, " + kept.size() + " of " + all.size()
                + " kept"));
    }
}
