package org.scalingsuite.site.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.scalingsuite.datasets.registry.RegisteredFile;
import org.scalingsuite.datasets.store.DatasetStore;

/** The number of data rows of a registered file, for the datasets page. */
@FunctionalInterface
public interface RowCounts {

    /** @return the data rows of a CSV file (records after the header), empty when not countable. */
    OptionalLong rows(RegisteredFile file);

    /** @return no counts (every cell blank). */
    static RowCounts none() {
        return f -> OptionalLong.empty();
    }

    /**
     * @return counts of the CSV records of every file the store holds locally and verified; other files
     *         (JSON, binary, missing) have no count
     */
    static RowCounts from(DatasetStore store) {
        return f -> {
            if (!f.file().endsWith(".csv")) {
                return OptionalLong.empty();
            }
            DatasetStore.Check check = store.check(f);
            if (!check.ok() || check.location().isEmpty()) {
                return OptionalLong.empty();
            }
            try (Reader reader = Files.newBufferedReader(check.location().get(), StandardCharsets.UTF_8);
                    CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build().parse(reader)) {
                long records = 0;
                for (var ignored : parser) {
                    records++;
                }
                return OptionalLong.of(Math.max(0, records - 1));
            } catch (IOException | RuntimeException e) {
                return OptionalLong.empty();
            }
        };
    }
}
