package org.scalingsuite.datasets.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.scalingsuite.core.data.DataUnavailableException;
import org.scalingsuite.datasets.csv.CsvRow;
import org.scalingsuite.datasets.csv.CsvTable;

/**
 * The registry of every public data file the suite reads, from the bundled
 * {@code org/scalingsuite/datasets/registry.csv}: dataset id, file, sha256, size, kind, the upstream URL at
 * a pinned commit (byte copies only), repository, commit, path, licence and citation.
 */
public final class DatasetRegistry {

    static final String RESOURCE = "org/scalingsuite/datasets/registry.csv";

    private final Map<String, RegisteredFile> files;

    private DatasetRegistry(Map<String, RegisteredFile> files) {
        this.files = files;
    }

    /** @return the bundled registry. */
    public static DatasetRegistry bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final DatasetRegistry BUNDLED = load();

        private static DatasetRegistry load() {
            try (InputStream in = DatasetRegistry.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the dataset registry is missing from the class path: " + RESOURCE);
                }
                return read(CsvTable.read(in, RESOURCE, "dataset", "file", "sha256", "bytes", "kind",
                        "download_url", "upstream_repository", "commit", "upstream_path", "licence", "citation"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @return a registry of the given entries (for tests and custom data). */
    public static DatasetRegistry of(List<RegisteredFile> entries) {
        Map<String, RegisteredFile> map = new LinkedHashMap<>();
        List<RegisteredFile> sorted = entries.stream()
                .sorted(Comparator.comparing(RegisteredFile::dataset).thenComparing(RegisteredFile::file))
                .toList();
        for (RegisteredFile f : sorted) {
            if (map.put(f.key(), f) != null) {
                throw new IllegalArgumentException("duplicate registry entry " + f.key());
            }
        }
        return new DatasetRegistry(map);
    }

    static DatasetRegistry read(CsvTable table) {
        List<RegisteredFile> entries = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            String sha = row.text("sha256");
            if (!sha.matches("[0-9a-f]{64}")) {
                throw row.invalid("sha256", sha, "expected 64 lowercase hex digits");
            }
            String url = row.optionalText("download_url");
            RegisteredFile.Kind kind;
            try {
                kind = RegisteredFile.Kind.fromToken(row.text("kind"));
            } catch (IllegalArgumentException e) {
                throw row.invalid("kind", row.text("kind"), "expected byte-copy, converted, derived or transcribed");
            }
            entries.add(new RegisteredFile(row.text("dataset"), row.text("file"), sha, row.longValue("bytes"), kind,
                    url.isEmpty() ? Optional.empty() : Optional.of(url), row.optionalText("upstream_repository"),
                    row.optionalText("commit"), row.optionalText("upstream_path"), row.text("licence"),
                    row.text("citation")));
        }
        return of(entries);
    }

    /** @return the entry for a file, if registered. */
    public Optional<RegisteredFile> find(String dataset, String file) {
        return Optional.ofNullable(files.get(dataset + "/" + file));
    }

    /** @return the entry for a file; unregistered files are an error. */
    public RegisteredFile require(String dataset, String file) {
        return find(dataset, file).orElseThrow(() -> new DataUnavailableException(
                "'" + dataset + "/" + file + "' is not in the dataset registry (" + RESOURCE + ")"));
    }

    /** @return every entry, sorted by dataset and file. */
    public List<RegisteredFile> files() {
        return List.copyOf(files.values());
    }

    /** @return the entries of one dataset. */
    public List<RegisteredFile> files(String dataset) {
        return files.values().stream().filter(f -> f.dataset().equals(dataset)).toList();
    }

    /** @return the dataset ids, sorted. */
    public List<String> datasets() {
        return List.copyOf(new TreeSet<>(files.values().stream().map(RegisteredFile::dataset).toList()));
    }
}
