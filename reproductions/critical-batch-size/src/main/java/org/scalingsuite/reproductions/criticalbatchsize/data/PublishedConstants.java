package org.scalingsuite.reproductions.criticalbatchsize.data;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Loads {@code critical-batch-size/published_constants.csv}: constants of Merrill et al. (2025), Kaplan et al.
 * (2020), McCandlish et al. (2018), Step Law (2025) and Zhang et al. (2024), each with its unit and source. A
 * (paper, key) pair must be unique. Values stay text (some are formulas); {@link #number} parses the numeric
 * ones and rejects the others, naming the line.
 */
public final class PublishedConstants {

    public static final String DATASET = "critical-batch-size";
    public static final String FILE = "published_constants.csv";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final List<PublishedConstant> rows;
    private final String source;

    private PublishedConstants(List<PublishedConstant> rows, String source) {
        this.rows = List.copyOf(rows);
        this.source = source;
    }

    public static PublishedConstants load(DataStore store) {
        List<PublishedConstant> rows = new ArrayList<>();
        java.nio.file.Path file = store.path(DATASET, FILE);
        CsvReader.forEach(file, List.of("paper", "key", "value", "unit", "source_location", "verification", "note"),
                row -> {
                    PublishedConstant c = new PublishedConstant(row.line(), row.text("paper"), row.text("key"),
                            row.text("value"), row.optionalText("unit"), row.optionalText("source_location"),
                            row.text("verification"));
                    for (PublishedConstant other : rows) {
                        if (other.paper().equals(c.paper()) && other.key().equals(c.key())) {
                            throw row.invalid("key", c.key(), "repeats line " + other.line() + " for " + c.paper());
                        }
                    }
                    rows.add(c);
                });
        return new PublishedConstants(rows, file.toString());
    }

    public List<PublishedConstant> rows() {
        return rows;
    }

    /** @return the row for (paper, key). */
    public PublishedConstant get(String paper, String key) {
        return rows.stream().filter(r -> r.paper().equals(paper) && r.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidDataException(source, "no constant " + paper + "/" + key));
    }

    /** @return the numeric value of (paper, key); a formula or range is rejected with its line. */
    public double number(String paper, String key) {
        PublishedConstant c = get(paper, key);
        if (!DECIMAL.matcher(c.text()).matches()) {
            throw new InvalidDataException(source, c.line(), "value", c.text(), "not a plain number");
        }
        return Double.parseDouble(c.text());
    }
}
