package org.scalingsuite.core.reproduction;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.scalingsuite.core.report.Paper;
import org.scalingsuite.core.report.ReproductionReport;

/**
 * One paper's reproduction, found through {@link ServiceLoader} (each module lists its implementation in
 * {@code META-INF/services/org.scalingsuite.core.reproduction.Reproduction}). Tests, the CLI and the site
 * all call {@link #run}; nothing else computes results.
 */
public interface Reproduction {

    /** @return the id, equal to the module folder name, e.g. {@code chinchilla}. */
    String id();

    /** @return the paper reproduced. */
    Paper paper();

    /** Computes every claim's value from the data and builds the report. */
    ReproductionReport run(DataStore data, Progress progress);

    /** Runs without progress reporting. */
    default ReproductionReport run(DataStore data) {
        return run(data, Progress.silent());
    }

    /** @return every reproduction on the class path, sorted by id. */
    static List<Reproduction> all() {
        return ServiceLoader.load(Reproduction.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Reproduction::id)).toList();
    }

    /** @return the reproduction with this id, if present. */
    static Optional<Reproduction> find(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
