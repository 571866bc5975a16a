package org.scalingsuite.core.compare;

import java.util.List;

/**
 * A service ({@link java.util.ServiceLoader}) contributing comparison data sets. The datasets module provides
 * the built-in ones; a reproduction module whose loaders read further families (e.g. OPT, GPT-3 or Pythia
 * checkpoints) adds them by implementing this interface and listing the class in
 * {@code META-INF/services/org.scalingsuite.core.compare.ComparisonDatasetProvider}: one
 * {@link ComparisonDataset} entry per data set, nothing else to change.
 */
public interface ComparisonDatasetProvider {

    /** @return the data sets this module contributes. */
    List<ComparisonDataset> datasets();
}
