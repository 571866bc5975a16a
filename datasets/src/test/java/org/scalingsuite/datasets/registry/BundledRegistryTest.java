package org.scalingsuite.datasets.registry;

// Checks the contents of the bundled registry (registry.csv on the class path): it loads, every entry is
// well formed, byte copies and only byte copies carry a pinned raw.githubusercontent.com URL consistent with
// their repository/commit/path columns, datasets() and files() are sorted, and unknown files are refused.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.DataUnavailableException;

class BundledRegistryTest {

    private static final Pattern RAW_URL = Pattern.compile(
            "https://raw\\.githubusercontent\\.com/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)/([0-9a-f]{40})/(\\S+)");

    private final DatasetRegistry registry = DatasetRegistry.bundled();

    @Test
    void loadsOneEntryPerDataRowOfTheResource() throws IOException {
        long dataRows;
        try (InputStream in = DatasetRegistry.class.getClassLoader().getResourceAsStream(DatasetRegistry.RESOURCE)) {
            assertTrue(in != null, "registry resource missing");
            dataRows = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).count() - 1;
        }
        assertTrue(dataRows > 0);
        assertEquals(dataRows, registry.files().size());
        assertTrue(registry.find("chinchilla", "svg_extracted_data.csv").isPresent());
    }

    @Test
    void everyEntryIsWellFormed() {
        for (RegisteredFile f : registry.files()) {
            String key = f.key();
            assertTrue(f.sha256().matches("[0-9a-f]{64}"), key);
            assertTrue(f.bytes() > 0, key + " has no size");
            assertFalse(f.dataset().isBlank(), key);
            assertFalse(f.file().isBlank(), key);
            assertFalse(f.file().contains("\\") || f.file().startsWith("/") || f.file().contains(".."),
                    key + " must be a relative path with forward slashes");
            assertFalse(f.licence().isBlank(), key + " has no licence");
            assertFalse(f.citation().isBlank(), key + " has no citation");
        }
    }

    @Test
    void byteCopiesHaveAPinnedRawGithubUrlAndNoOtherKindHasAUrl() {
        int byteCopies = 0;
        for (RegisteredFile f : registry.files()) {
            if (f.kind() == RegisteredFile.Kind.BYTE_COPY) {
                byteCopies++;
                assertTrue(f.downloadUrl().isPresent(), f.key() + " is a byte copy without a download URL");
                String url = f.downloadUrl().get();
                URI uri = URI.create(url); // a valid URI: spaces and the like are percent-encoded
                assertEquals(url, uri.toASCIIString(), f.key());
                Matcher m = RAW_URL.matcher(url);
                assertTrue(m.matches(), f.key() + ": not a pinned raw.githubusercontent.com URL: " + url);
                assertEquals(f.upstreamRepository(), m.group(1) + "/" + m.group(2), f.key() + ": repository");
                assertEquals(f.commit(), m.group(3), f.key() + ": commit");
                assertEquals("/" + m.group(1) + "/" + m.group(2) + "/" + m.group(3) + "/" + f.upstreamPath(),
                        uri.getPath(), f.key() + ": upstream path (decoded)");
            } else {
                assertEquals(Optional.empty(), f.downloadUrl(), f.key() + " is " + f.kind().token()
                        + " and must not have a download URL");
            }
        }
        assertTrue(byteCopies > 0);
    }

    @Test
    void datasetsAreTheSortedDistinctIdsOfTheEntries() {
        List<String> datasets = registry.datasets();
        assertEquals(new ArrayList<>(new TreeSet<>(registry.files().stream().map(RegisteredFile::dataset).toList())),
                datasets);
        assertTrue(datasets.containsAll(List.of("chinchilla", "critical-batch-size", "flp", "hitchhiker",
                "lr-annealing", "misfitting2025", "overtraining", "step-law")), datasets.toString());
        for (String d : datasets) {
            List<RegisteredFile> files = registry.files(d);
            assertFalse(files.isEmpty(), d);
            assertTrue(files.stream().allMatch(f -> f.dataset().equals(d)), d);
        }
        assertEquals(registry.files().size(), datasets.stream().mapToInt(d -> registry.files(d).size()).sum());
    }

    @Test
    void filesAreSortedByDatasetAndFile() {
        Comparator<RegisteredFile> order = Comparator.comparing(RegisteredFile::dataset)
                .thenComparing(RegisteredFile::file);
        assertEquals(registry.files().stream().sorted(order).toList(), registry.files());

        RegisteredFile b = entry("b", "x.csv");
        RegisteredFile a2 = entry("a", "z.csv");
        RegisteredFile a1 = entry("a", "y.csv");
        assertEquals(List.of(a1, a2, b), DatasetRegistry.of(List.of(b, a2, a1)).files(),
                "files() is documented as sorted by dataset and file");
    }

    @Test
    void requireOfAnUnknownFileNamesIt() {
        DataUnavailableException e = assertThrows(DataUnavailableException.class,
                () -> registry.require("chinchilla", "no_such_file.csv"));
        assertTrue(e.getMessage().contains("chinchilla/no_such_file.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("not in the dataset registry"), e.getMessage());

        DataUnavailableException unknownDataset = assertThrows(DataUnavailableException.class,
                () -> registry.require("no-such-dataset", "data.csv"));
        assertTrue(unknownDataset.getMessage().contains("no-such-dataset/data.csv"), unknownDataset.getMessage());
        assertEquals(Optional.empty(), registry.find("no-such-dataset", "data.csv"));
    }

    @Test
    void ofRejectsDuplicateEntries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetRegistry.of(List.of(entry("a", "x.csv"), entry("a", "x.csv"))));
        assertTrue(e.getMessage().contains("a/x.csv"), e.getMessage());
    }

    private static RegisteredFile entry(String dataset, String file) {
        return new RegisteredFile(dataset, file, "0".repeat(64), 1, RegisteredFile.Kind.DERIVED, Optional.empty(),
                "", "", "", "none stated", "test");
    }
}
