package org.scalingsuite.datasets.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.store.DatasetStore;

/**
 * Test helper: a data store over the public mirror in which single files can be replaced by edited copies
 * (kept under the same file name, in a temporary directory) or removed. Unedited files are the mirror's.
 */
public final class MirrorCopy implements DataStore {

    private static final DatasetStore MIRROR = DatasetStore.standard();
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private final Path dir;
    private final Map<String, Path> replaced = new HashMap<>();

    public MirrorCopy(Path dir) {
        this.dir = dir;
    }

    @Override
    public Path path(String dataset, String file) {
        Path p = replaced.get(dataset + "/" + file);
        return p != null ? p : MIRROR.path(dataset, file);
    }

    /** @return the bytes of the mirror's file. */
    public static byte[] bytes(String dataset, String file) {
        try {
            return Files.readAllBytes(MIRROR.path(dataset, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the mirror's CSV file as records of fields, the header first (record i is file line i + 1). */
    public static List<List<String>> csv(String dataset, String file) {
        String text = new String(bytes(dataset, file), StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(text))) {
                records.add(new ArrayList<>(r.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** @return CSV text of {@code records}, one line per record. */
    public static String csvText(List<List<String>> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            for (List<String> r : records) {
                printer.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Replaces a file by {@code content}; @return its path. */
    public Path write(String dataset, String file, byte[] content) {
        Path p = dir.resolve(dataset).resolve(file);
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        replaced.put(dataset + "/" + file, p);
        return p;
    }

    /** Replaces a file by the CSV text of {@code records}. */
    public Path writeCsv(String dataset, String file, List<List<String>> records) {
        return write(dataset, file, csvText(records).getBytes(StandardCharsets.UTF_8));
    }

    /** Makes a file absent; @return the path the loader will be given. */
    public Path remove(String dataset, String file) {
        Path p = dir.resolve(dataset).resolve(file);
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        replaced.put(dataset + "/" + file, p);
        return p;
    }
}
