package org.scalingsuite.core.compare;

import java.util.Objects;
import org.scalingsuite.core.reproduction.DataStore;

/**
 * One entry of the list of comparison data sets: an id for the command line, a title, where the data comes
 * from, its default hold-out split, and how to load it from the data store.
 *
 * @param id       the id users type, e.g. {@code chinchilla}
 * @param title    one line saying what the runs are
 * @param source   the citation of the data
 * @param holdOut  the default split into fitted and held-out models
 * @param loader   reads the runs through the data store
 */
public record ComparisonDataset(String id, String title, String source, HoldOut holdOut, Loader loader) {

    public ComparisonDataset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(holdOut, "holdOut");
        Objects.requireNonNull(loader, "loader");
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("dataset id must be lower-case letters, digits, '.' or '-': " + id);
        }
    }

    /** @return the runs, read through {@code store}. */
    public RunSet load(DataStore store) {
        return loader.load(store);
    }

    /** Reads the runs of a data set. */
    @FunctionalInterface
    public interface Loader {
        /**
         * @throws org.scalingsuite.core.data.InvalidDataException     on malformed input
         * @throws org.scalingsuite.core.data.DataUnavailableException when a file cannot be provided
         */
        RunSet load(DataStore store);
    }
}
