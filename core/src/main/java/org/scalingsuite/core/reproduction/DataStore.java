package org.scalingsuite.core.reproduction;

import java.nio.file.Path;

/**
 * Provides verified local copies of the public data files reproductions read. The datasets module
 * implements it with a registry of upstream URLs and sha256 checksums.
 */
public interface DataStore {

    /**
     * @param dataset the dataset id (its folder in the mirror, e.g. {@code chinchilla})
     * @param file    the file within it, with forward slashes
     * @return a local path whose content matches the registered sha256
     * @throws org.scalingsuite.core.data.DataUnavailableException when the file cannot be provided
     */
    Path path(String dataset, String file);
}
