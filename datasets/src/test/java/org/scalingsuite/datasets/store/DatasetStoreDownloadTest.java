package org.scalingsuite.datasets.store;

// Checks the download path end to end against a local HTTP server serving the mirror's copy of the real
// chinchilla registry entry: the file lands in the cache with the registered hash, atomically (no .part
// files left), and later calls (same store or a new store on the same cache) do not contact the server.
// Skipped when the mirror is absent.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.datasets.chinchilla.ChinchillaPoints;
import org.scalingsuite.datasets.registry.DatasetRegistry;
import org.scalingsuite.datasets.registry.RegisteredFile;

@Timeout(60)
class DatasetStoreDownloadTest {

    @TempDir
    Path cache;

    @Test
    void downloadsTheChinchillaFileIntoTheCacheOnce() throws Exception {
        Path mirror = Mirror.require();
        DatasetRegistry registry = DatasetRegistry.bundled();
        RegisteredFile entry = registry.require(ChinchillaPoints.DATASET, ChinchillaPoints.FILE);
        URI upstream = URI.create(entry.downloadUrl().orElseThrow());
        byte[] body = Files.readAllBytes(mirror.resolve(entry.dataset()).resolve(entry.file()));

        try (LocalServer server = LocalServer.start().serve(upstream.getPath(), body)) {
            DatasetStore store = DatasetStore.of(registry, null, null, cache, Downloader.http())
                    .withUrlRewrite(server::rewrite);

            Path path = store.path(entry.dataset(), entry.file());
            assertEquals(cache.resolve("chinchilla").resolve("svg_extracted_data.csv"), path);
            assertEquals(entry.sha256(), Sha256.of(path));
            assertEquals(entry.bytes(), Files.size(path));
            assertEquals(List.of(path), TestEntries.regularFiles(cache), "only the verified file is left (no .part)");
            assertEquals(1, server.requests());

            assertEquals(path, store.path(entry.dataset(), entry.file()));
            assertEquals(1, server.requests(), "the second call must not download again");

            DatasetStore fresh = DatasetStore.of(registry, null, null, cache, Downloader.http())
                    .withUrlRewrite(server::rewrite);
            assertEquals(path, fresh.path(entry.dataset(), entry.file()));
            assertEquals(1, server.requests(), "a verified cached file is used by a new store");
            assertTrue(fresh.check(entry).ok());

            assertEquals(245, ChinchillaPoints.load(fresh).size());
        }
    }
}
