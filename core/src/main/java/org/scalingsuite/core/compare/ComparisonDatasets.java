package org.scalingsuite.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The comparison data sets of every {@link ComparisonDatasetProvider} on the class path, sorted by id. */
public final class ComparisonDatasets {

    private ComparisonDatasets() {
    }

    /**
     * @return every data set contributed through {@link ServiceLoader}, sorted by id
     * @throws IllegalStateException when two providers use the same id
     */
    public static List<ComparisonDataset> all() {
        List<ComparisonDataset> all = new ArrayList<>();
        for (ComparisonDatasetProvider provider : ServiceLoader.load(ComparisonDatasetProvider.class)) {
            all.addAll(provider.datasets());
        }
        return sorted(all);
    }

    /** @return the data sets sorted by id; duplicate ids are rejected. */
    public static List<ComparisonDataset> sorted(List<ComparisonDataset> datasets) {
        List<ComparisonDataset> list = new ArrayList<>(datasets);
        list.sort(Comparator.comparing(ComparisonDataset::id));
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).id().equals(list.get(i - 1).id())) {
                throw new IllegalStateException("two comparison data sets use the id '" + list.get(i).id() + "'");
            }
        }
        return List.copyOf(list);
    }

    /** @return the data set with this id, if any provider contributes it. */
    public static Optional<ComparisonDataset> find(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
