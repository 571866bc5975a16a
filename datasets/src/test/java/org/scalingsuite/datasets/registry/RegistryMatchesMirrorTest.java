package org.scalingsuite.datasets.registry;

// Checks that every file in the bundled registry is present in the data mirror (../shared/datasets) with
// the registered size and sha256, read through DatasetStore.check (never downloading). Skipped when the
// mirror is absent.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.datasets.store.Mirror;

class RegistryMatchesMirrorTest {

    @TempDir
    Path emptyCache;

    @Test
    void everyRegisteredFileIsInTheMirrorWithItsSizeAndHash() throws IOException {
        Path mirror = Mirror.require();
        DatasetRegistry registry = DatasetRegistry.bundled();
        DatasetStore store = DatasetStore.of(registry, null, mirror, emptyCache, uri -> {
            throw new AssertionError("check() must not download " + uri);
        });
        List<String> problems = new ArrayList<>();
        for (RegisteredFile f : registry.files()) {
            DatasetStore.Check check = store.check(f);
            if (!check.ok()) {
                problems.add(f.key() + ": " + check.message());
                continue;
            }
            Path location = check.location().orElseThrow();
            assertTrue(location.startsWith(mirror), f.key() + " resolved outside the mirror: " + location);
            long size = Files.size(location);
            if (size != f.bytes()) {
                problems.add(f.key() + ": registered " + f.bytes() + " bytes, mirror has " + size);
            }
        }
        assertEquals(List.of(), problems);
    }
}
