package org.scalingsuite.datasets.store;

// Checks DatasetStore's checksum verification: a file whose sha256 differs is refused with both hashes in
// the message, and a path verified earlier is verified again when the file changes (size or mtime).

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.DataUnavailableException;
import org.scalingsuite.datasets.registry.DatasetRegistry;
import org.scalingsuite.datasets.registry.RegisteredFile;

class DatasetStoreVerificationTest {

    private static final String CONTENT = "n,loss\n1e6,3.5\n";
    private static final String SAME_SIZE_OTHER = "n,loss\n1e6,3.6\n";
    private static final RegisteredFile ENTRY = TestEntries.byteCopy("demo", "runs.csv", CONTENT);
    private static final DatasetRegistry REGISTRY = DatasetRegistry.of(List.of(ENTRY));

    @TempDir
    Path mirror;
    @TempDir
    Path cache;

    private DatasetStore store() {
        return DatasetStore.of(REGISTRY, null, mirror, cache, TestEntries.noDownloads());
    }

    @Test
    void mismatchNamesBothHashesAndThePath() {
        Path file = TestEntries.write(mirror, ENTRY, SAME_SIZE_OTHER);
        DataUnavailableException e = assertThrows(DataUnavailableException.class,
                () -> store().path("demo", "runs.csv"));
        String m = e.getMessage();
        assertTrue(m.contains(ENTRY.sha256()), "expected hash missing: " + m);
        assertTrue(m.contains(TestEntries.sha256(SAME_SIZE_OTHER)), "actual hash missing: " + m);
        assertTrue(m.contains(file.toString()), m);
        assertTrue(m.contains("checksum mismatch"), m);
    }

    @Test
    void aMismatchIsNotRemembered() throws Exception {
        Path file = TestEntries.write(mirror, ENTRY, SAME_SIZE_OTHER);
        DatasetStore store = store();
        assertThrows(DataUnavailableException.class, () -> store.path("demo", "runs.csv"));
        Files.writeString(file, CONTENT);
        assertEquals(file, store.path("demo", "runs.csv"));
    }

    @Test
    void aVerifiedFileIsVerifiedAgainWhenItsSizeChanges() throws Exception {
        Path file = TestEntries.write(mirror, ENTRY, CONTENT);
        DatasetStore store = store();
        assertEquals(file, store.path("demo", "runs.csv"));
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, CONTENT + "1e7,3.0\n");
        Files.setLastModifiedTime(file, before); // only the size differs
        DataUnavailableException e = assertThrows(DataUnavailableException.class,
                () -> store.path("demo", "runs.csv"));
        assertTrue(e.getMessage().contains(ENTRY.sha256()), e.getMessage());
    }

    @Test
    void aVerifiedFileIsVerifiedAgainWhenItsModificationTimeChanges() throws Exception {
        Path file = TestEntries.write(mirror, ENTRY, CONTENT);
        DatasetStore store = store();
        assertEquals(file, store.path("demo", "runs.csv"));
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, SAME_SIZE_OTHER); // same size
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 5_000));
        DataUnavailableException e = assertThrows(DataUnavailableException.class,
                () -> store.path("demo", "runs.csv"));
        assertTrue(e.getMessage().contains(TestEntries.sha256(SAME_SIZE_OTHER)), e.getMessage());
    }

    @Test
    void aVerifiedFileThatDisappearsIsResolvedAgain() throws Exception {
        Path inMirror = TestEntries.write(mirror, ENTRY, CONTENT);
        Path inCache = TestEntries.write(cache, ENTRY, CONTENT);
        DatasetStore store = store();
        assertEquals(inMirror, store.path("demo", "runs.csv"));
        Files.delete(inMirror);
        assertEquals(inCache, store.path("demo", "runs.csv"));
    }
}
