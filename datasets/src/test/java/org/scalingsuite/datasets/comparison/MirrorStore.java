package org.scalingsuite.datasets.comparison;

import java.nio.file.Path;
import org.scalingsuite.datasets.registry.DatasetRegistry;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.datasets.store.Mirror;

/** Test helper: a store over the mirror only (no data directory, no downloads); skips when it is absent. */
final class MirrorStore {

    private MirrorStore() {
    }

    static DatasetStore of(Path emptyCache) {
        Path mirror = Mirror.require();
        return DatasetStore.of(DatasetRegistry.bundled(), null, mirror, emptyCache, uri -> {
            throw new AssertionError("tests must not download " + uri);
        });
    }
}
