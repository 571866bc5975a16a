package org.scalingsuite.datasets.store;

// Checks DatasetStore's resolution order with temporary directories: data directory, then mirror, then
// cache; the first location holding the file decides (a bad copy there is an error, never skipped); a
// download is attempted only when no local location has the file.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.DataUnavailableException;
import org.scalingsuite.datasets.registry.DatasetRegistry;
import org.scalingsuite.datasets.registry.RegisteredFile;

class DatasetStoreResolutionTest {

    private static final String CONTENT = "a,b\n1,2\n";
    private static final RegisteredFile ENTRY = TestEntries.byteCopy("demo", "sub/table.csv", CONTENT);
    private static final DatasetRegistry REGISTRY = DatasetRegistry.of(List.of(ENTRY));

    @TempDir
    Path dataDir;
    @TempDir
    Path mirror;
    @TempDir
    Path cache;

    private DatasetStore store() {
        return DatasetStore.of(REGISTRY, dataDir, mirror, cache, TestEntries.noDownloads());
    }

    @Test
    void dataDirectoryComesFirst() {
        Path inData = TestEntries.write(dataDir, ENTRY, CONTENT);
        TestEntries.write(mirror, ENTRY, CONTENT);
        TestEntries.write(cache, ENTRY, CONTENT);
        assertEquals(inData, store().path("demo", "sub/table.csv"));
    }

    @Test
    void mirrorComesBeforeCache() {
        Path inMirror = TestEntries.write(mirror, ENTRY, CONTENT);
        TestEntries.write(cache, ENTRY, CONTENT);
        assertEquals(inMirror, store().path("demo", "sub/table.csv"));
    }

    @Test
    void cacheIsUsedWhenOnlyItHasTheFile() {
        Path inCache = TestEntries.write(cache, ENTRY, CONTENT);
        assertEquals(inCache, store().path("demo", "sub/table.csv"));
    }

    @Test
    void absentLocationsAreSkipped() {
        Path inCache = TestEntries.write(cache, ENTRY, CONTENT);
        DatasetStore store = DatasetStore.of(REGISTRY, null, null, cache, TestEntries.noDownloads());
        assertEquals(inCache, store.path("demo", "sub/table.csv"));
        assertTrue(store.dataDirectory().isEmpty());
        assertTrue(store.mirror().isEmpty());
        assertEquals(cache, store.cache());
    }

    @Test
    void aBadCopyInTheDataDirectoryIsAnErrorEvenWhenTheMirrorIsGood() {
        Path bad = TestEntries.write(dataDir, ENTRY, "a,b\n1,3\n");
        TestEntries.write(mirror, ENTRY, CONTENT);
        DataUnavailableException e = assertThrows(DataUnavailableException.class,
                () -> store().path("demo", "sub/table.csv"));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(ENTRY.sha256()), e.getMessage());
    }

    @Test
    void aBadCopyInTheMirrorIsAnErrorEvenWhenTheCacheIsGood() {
        Path bad = TestEntries.write(mirror, ENTRY, "");
        TestEntries.write(cache, ENTRY, CONTENT);
        DataUnavailableException e = assertThrows(DataUnavailableException.class,
                () -> store().path("demo", "sub/table.csv"));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    }

    @Test
    void aDirectoryInPlaceOfTheFileDoesNotCount() throws Exception {
        Files.createDirectories(dataDir.resolve("demo").resolve("sub/table.csv"));
        Path inMirror = TestEntries.write(mirror, ENTRY, CONTENT);
        assertEquals(inMirror, store().path("demo", "sub/table.csv"));
    }

    @Test
    void downloadsIntoTheCacheOnlyWhenNoLocalLocationHasTheFile() throws Exception {
        AtomicInteger downloads = new AtomicInteger();
        DatasetStore store = DatasetStore.of(REGISTRY, dataDir, mirror, cache, uri -> {
            downloads.incrementAndGet();
            assertEquals(ENTRY.downloadUrl().orElseThrow(), uri.toString());
            return new ByteArrayInputStream(CONTENT.getBytes(StandardCharsets.UTF_8));
        });
        Path path = store.path("demo", "sub/table.csv");
        assertEquals(cache.resolve("demo").resolve("sub").resolve("table.csv"), path);
        assertEquals(CONTENT, Files.readString(path));
        assertEquals(1, downloads.get());
        assertEquals(path, store.path("demo", "sub/table.csv"));
        assertEquals(1, downloads.get(), "a verified cached file is not downloaded again");
    }

    @Test
    void unregisteredFilesAreRefused() {
        TestEntries.write(dataDir, TestEntries.byteCopy("demo", "other.csv", CONTENT), CONTENT);
        DataUnavailableException e = assertThrows(DataUnavailableException.class,
                () -> store().path("demo", "other.csv"));
        assertTrue(e.getMessage().contains("demo/other.csv"), e.getMessage());
    }
}
