package org.scalingsuite.datasets.store;

// Checks that files without a download URL (kinds derived, transcribed, converted) come from the mirror or
// data directory only: found there they resolve; missing everywhere they are an error that says so, and no
// download is attempted.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.DataUnavailableException;
import org.scalingsuite.datasets.registry.DatasetRegistry;
import org.scalingsuite.datasets.registry.RegisteredFile;

class DatasetStoreMirrorOnlyTest {

    private static final String CONTENT = "quantity,value\nalpha,0.34\n";

    @TempDir
    Path dataDir;
    @TempDir
    Path mirror;
    @TempDir
    Path cache;

    @ParameterizedTest
    @EnumSource(value = RegisteredFile.Kind.class, names = {"DERIVED", "TRANSCRIBED", "CONVERTED"})
    void missingEverywhereSaysItComesFromTheMirrorOnly(RegisteredFile.Kind kind) {
        RegisteredFile entry = TestEntries.mirrorOnly("survey", "constants.csv", CONTENT, kind);
        DatasetStore store = DatasetStore.of(DatasetRegistry.of(List.of(entry)), dataDir, mirror, cache,
                TestEntries.noDownloads());
        DataUnavailableException e = assertThrows(DataUnavailableException.class,
                () -> store.path("survey", "constants.csv"));
        String m = e.getMessage();
        assertTrue(m.contains("survey/constants.csv"), m);
        assertTrue(m.contains(kind.token()), m);
        assertTrue(m.contains("no upstream download"), m);
        assertTrue(m.contains("comes from the mirror"), m);
        assertTrue(m.contains("only"), m);
        assertTrue(m.contains(mirror.toString()) && m.contains(cache.toString()) && m.contains(dataDir.toString()),
                "the locations searched are listed: " + m);
        assertEquals(List.of(), TestEntries.regularFiles(cache));
    }

    @ParameterizedTest
    @EnumSource(value = RegisteredFile.Kind.class, names = {"DERIVED", "TRANSCRIBED", "CONVERTED"})
    void missingWithoutAMirrorSaysThereIsNoMirror(RegisteredFile.Kind kind) {
        RegisteredFile entry = TestEntries.mirrorOnly("survey", "constants.csv", CONTENT, kind);
        DatasetStore store = DatasetStore.of(DatasetRegistry.of(List.of(entry)), null, null, cache,
                TestEntries.noDownloads());
        DataUnavailableException e = assertThrows(DataUnavailableException.class,
                () -> store.path("survey", "constants.csv"));
        assertTrue(e.getMessage().contains("no mirror"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = RegisteredFile.Kind.class, names = {"DERIVED", "TRANSCRIBED", "CONVERTED"})
    void foundInTheMirrorItResolves(RegisteredFile.Kind kind) {
        RegisteredFile entry = TestEntries.mirrorOnly("survey", "constants.csv", CONTENT, kind);
        Path file = TestEntries.write(mirror, entry, CONTENT);
        DatasetStore store = DatasetStore.of(DatasetRegistry.of(List.of(entry)), null, mirror, cache,
                TestEntries.noDownloads());
        assertEquals(file, store.path("survey", "constants.csv"));
    }
}
