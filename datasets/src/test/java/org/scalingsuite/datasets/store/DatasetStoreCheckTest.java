package org.scalingsuite.datasets.store;

// Checks DatasetStore.check(entry), the non-downloading verification behind "datasets verify": it reports
// ok, checksum mismatch (both hashes) or not found (the locations searched), and never downloads.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.datasets.registry.DatasetRegistry;
import org.scalingsuite.datasets.registry.RegisteredFile;

class DatasetStoreCheckTest {

    private static final String CONTENT = "step,loss\n100,4.2\n";
    private static final RegisteredFile ENTRY = TestEntries.byteCopy("demo", "curve.csv", CONTENT);

    @TempDir
    Path dataDir;
    @TempDir
    Path mirror;
    @TempDir
    Path cache;

    private DatasetStore store() {
        return DatasetStore.of(DatasetRegistry.of(List.of(ENTRY)), dataDir, mirror, cache,
                TestEntries.noDownloads());
    }

    @Test
    void ok() {
        Path file = TestEntries.write(mirror, ENTRY, CONTENT);
        DatasetStore.Check check = store().check(ENTRY);
        assertTrue(check.ok(), check.message());
        assertEquals("ok", check.message());
        assertEquals(Optional.of(file), check.location());
        assertEquals(ENTRY, check.entry());
    }

    @Test
    void mismatchReportsBothHashes() {
        String other = "step,loss\n100,4.3\n";
        Path file = TestEntries.write(dataDir, ENTRY, other);
        TestEntries.write(mirror, ENTRY, CONTENT);
        DatasetStore.Check check = store().check(ENTRY);
        assertFalse(check.ok());
        assertEquals(Optional.of(file), check.location(), "the first location holding the file decides");
        assertTrue(check.message().contains(ENTRY.sha256()), check.message());
        assertTrue(check.message().contains(TestEntries.sha256(other)), check.message());
    }

    @Test
    void notFoundListsTheLocationsAndDoesNotDownload() {
        DatasetStore.Check check = store().check(ENTRY);
        assertFalse(check.ok());
        assertEquals(Optional.empty(), check.location());
        assertTrue(check.message().startsWith("not found"), check.message());
        assertTrue(check.message().contains(mirror.toString()) && check.message().contains(cache.toString()),
                check.message());
        assertEquals(List.of(), TestEntries.regularFiles(cache));
    }

    @Test
    void findsAFileInTheCache() {
        Path file = TestEntries.write(cache, ENTRY, CONTENT);
        DatasetStore.Check check = store().check(ENTRY);
        assertTrue(check.ok(), check.message());
        assertEquals(Optional.of(file), check.location());
    }
}
