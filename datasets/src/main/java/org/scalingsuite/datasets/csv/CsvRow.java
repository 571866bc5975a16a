package org.scalingsuite.datasets.csv;

import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.scalingsuite.core.data.InvalidDataException;

/**
 * One CSV row with typed, validated access by column name. Every failed conversion names the source,
 * line, column and value.
 */
public final class CsvRow {

    /** A plain decimal number: no hex, no type suffixes, no NaN or Infinity. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final String source;
    private final long line;
    private final CSVRecord record;

    CsvRow(String source, long line, CSVRecord record) {
        this.source = source;
        this.line = line;
        this.record = record;
    }

    public String source() {
        return source;
    }

    /** @return the 1-based line number (the header is line 1). */
    public long line() {
        return line;
    }

    /** @return the trimmed text of a column, which must not be empty. */
    public String text(String column) {
        String v = raw(column).trim();
        if (v.isEmpty()) {
            throw invalid(column, v, "must not be empty");
        }
        return v;
    }

    /** @return the trimmed text of a column, possibly empty. */
    public String optionalText(String column) {
        return raw(column).trim();
    }

    /** @return a finite decimal number. */
    public double number(String column) {
        String v = raw(column).trim();
        if (v.isEmpty()) {
            throw invalid(column, v, "missing value");
        }
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf")) {
            throw invalid(column, v, "must be a finite number");
        }
        if (!DECIMAL.matcher(v).matches()) {
            throw invalid(column, v, "not a number");
        }
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
            throw invalid(column, v, "out of the range of a double");
        }
        return d;
    }

    /** @return a finite number greater than zero. */
    public double positive(String column) {
        double d = number(column);
        if (!(d > 0)) {
            throw invalid(column, raw(column).trim(), "must be positive");
        }
        return d;
    }

    /** @return a finite number, zero or more. */
    public double nonNegative(String column) {
        double d = number(column);
        if (d < 0) {
            throw invalid(column, raw(column).trim(), "must not be negative");
        }
        return d;
    }

    /** @return a whole number. */
    public long longValue(String column) {
        String v = text(column);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw invalid(column, v, "not a whole number");
        }
    }

    /** @return an exception for a bad value in this row. */
    public InvalidDataException invalid(String column, String value, String problem) {
        return new InvalidDataException(source, line, column, value, problem);
    }

    private String raw(String column) {
        if (!record.isMapped(column)) {
            throw new InvalidDataException(source, line, column, null, "no such column");
        }
        return record.get(column);
    }
}
