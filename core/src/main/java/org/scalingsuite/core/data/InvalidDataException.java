package org.scalingsuite.core.data;

/**
 * Input that cannot be used as it is: a malformed file, a missing column, a non-numeric or out-of-range
 * value. The message names the source, the line, the column and the offending value, e.g.
 * {@code runs.csv, line 17, column 'tokens': value '-3': must be positive}.
 */
public class InvalidDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String column;
    private final String value;

    /**
     * @param source  the file or resource name
     * @param line    the 1-based line number, or 0 when the problem is not tied to a line
     * @param column  the column name, or null
     * @param value   the offending text, or null
     * @param problem what is wrong
     */
    public InvalidDataException(String source, long line, String column, String value, String problem) {
        super(format(source, line, column, value, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.value = value;
    }

    /** A problem with the source as a whole (e.g. an empty file). */
    public InvalidDataException(String source, String problem) {
        this(source, 0, null, null, problem);
    }

    private static String format(String source, long line, String column, String value, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (column != null) {
            sb.append(", column '").append(column).append('\'');
        }
        if (value != null) {
            sb.append(": value '").append(value).append('\'');
        }
        return sb.append(": ").append(problem).toString();
    }

    public String source() {
        return source;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }
}
