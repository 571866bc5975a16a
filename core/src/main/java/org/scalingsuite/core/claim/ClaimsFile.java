package org.scalingsuite.core.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scalingsuite.core.data.InvalidDataException;

/**
 * Reads a module's {@code claims.csv}: one published number per row, with its citation and tolerance.
 *
 * <p>Columns (header required, in any order):
 * <pre>
 * id               unique within the file
 * paper            short citation, e.g. "Besiroglu et al. 2024"
 * location         Table/Figure/section, or "authors' released notebook output"
 * quantity         what the number is, with units
 * published        the published number (lower end for 'in')
 * published_upper  upper end for 'in', else empty
 * comparison       ~ (approximately), &lt;=, &gt;=, or in (range); empty means ~
 * tolerance_kind   abs or rel
 * tolerance        the allowed difference
 * tolerance_reason why that tolerance
 * expectation      REPRODUCES or DEVIATES
 * locked_value     DEVIATES only: the measured value locked as a regression value
 * reason           DEVIATES: why the number differs (required); otherwise an optional note
 * </pre>
 * Claims are packaged under {@code claims/<reproduction id>/claims.csv} on the class path.
 */
public final class ClaimsFile {

    static final List<String> COLUMNS = List.of("id", "paper", "location", "quantity", "published",
            "published_upper", "comparison", "tolerance_kind", "tolerance", "tolerance_reason", "expectation",
            "locked_value", "reason");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    /** Stands for the first undecodable byte while locating its column (not valid in claims text). */
    private static final String MARK = "\uFFFF\uFFFE\uFFFF";

    private ClaimsFile() {
    }

    /**
     * @return the text of {@code bytes} decoded as strict UTF-8
     * @throws InvalidDataException naming the line and column of the first byte sequence that is not UTF-8
     */
    private static String decodeUtf8(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            decoder.flush(output);
            return output.flip().toString();
        }
        int offset = input.position();
        String before = output.flip().toString();
        long line = 1 + before.chars().filter(c -> c == '\n').count();
        // Decode leniently (one U+FFFD per bad sequence, so the text before the first one is unchanged), mark the
        // first bad sequence and find the CSV field that holds the mark.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        String marked = lenient.substring(0, before.length()) + MARK + lenient.substring(before.length() + 1);
        String column = null;
        String value = null;
        try (CSVParser parser = FORMAT.parse(new StringReader(marked))) {
            List<String> header = parser.getHeaderNames();
            for (String name : header) {
                if (name.contains(MARK)) {
                    column = name.replace(MARK, "\uFFFD");
                }
            }
            for (CSVRecord row : parser) {
                if (column != null) {
                    break;
                }
                for (int i = 0; i < row.size(); i++) {
                    if (row.get(i).contains(MARK)) {
                        column = i < header.size() ? header.get(i) : "#" + (i + 1);
                        value = row.get(i).replace(MARK, "\uFFFD");
                        break;
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // The column stays unknown; the line is still reported.
        }
        throw new InvalidDataException(source, line, column, value,
                String.format("not valid UTF-8: byte 0x%02X at byte offset %d", bytes[offset] & 0xff, offset));
    }

    /** @return the claims of a reproduction, from {@code claims/<id>/claims.csv} on the class path. */
    public static List<Claim> load(String reproductionId) {
        String resource = "claims/" + reproductionId + "/claims.csv";
        InputStream in = ClaimsFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no claims file on the class path at " + resource);
        }
        try (in) {
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Parses claims; bad rows raise {@link InvalidDataException} with line and column, and so do bytes that are
     * not UTF-8.
     */
    public static List<Claim> read(InputStream in, String source) throws IOException {
        Reader reader = new StringReader(decodeUtf8(in.readAllBytes(), source));
        List<Claim> claims = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (String column : COLUMNS) {
                if (!header.contains(column)) {
                    throw new InvalidDataException(source, 1, column, null, "missing column; expected " + COLUMNS);
                }
            }
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    throw new InvalidDataException(source, 1, column, null, "unknown column; expected " + COLUMNS);
                }
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                Claim claim = parse(row, source, line);
                if (!ids.add(claim.id())) {
                    throw new InvalidDataException(source, line, "id", claim.id(), "duplicate claim id");
                }
                claims.add(claim);
            }
        }
        return List.copyOf(claims);
    }

    private static Claim parse(CSVRecord row, String source, long line) {
        if (!row.isConsistent()) {
            throw new InvalidDataException(source, line, null, null,
                    "expected " + COLUMNS.size() + " fields, found " + row.size());
        }
        String id = required(row, "id", source, line);
        String kind = required(row, "tolerance_kind", source, line).toLowerCase(Locale.ROOT);
        Tolerance.Kind toleranceKind = switch (kind) {
            case "abs" -> Tolerance.Kind.ABSOLUTE;
            case "rel" -> Tolerance.Kind.RELATIVE;
            default -> throw new InvalidDataException(source, line, "tolerance_kind", kind, "expected abs or rel");
        };
        String comparisonText = row.get("comparison").trim();
        Comparison comparison;
        try {
            comparison = comparisonText.isEmpty() ? Comparison.APPROX : Comparison.fromSymbol(comparisonText);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(source, line, "comparison", comparisonText, e.getMessage());
        }
        String expectationText = required(row, "expectation", source, line);
        Expectation expectation;
        try {
            expectation = Expectation.valueOf(expectationText);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(source, line, "expectation", expectationText,
                    "expected REPRODUCES or DEVIATES");
        }
        String paper = required(row, "paper", source, line);
        String location = required(row, "location", source, line);
        String quantity = required(row, "quantity", source, line);
        double published = number(row, "published", source, line, false);
        double publishedUpper = number(row, "published_upper", source, line, true);
        if (comparison == Comparison.BETWEEN && !(publishedUpper >= published)) {
            throw new InvalidDataException(source, line, "published_upper", row.get("published_upper").trim(),
                    "a range ('in') needs published_upper >= published (" + published + ")");
        }
        double toleranceValue = number(row, "tolerance", source, line, false);
        if (toleranceValue < 0) {
            throw new InvalidDataException(source, line, "tolerance", row.get("tolerance").trim(),
                    "must not be negative");
        }
        double lockedValue = number(row, "locked_value", source, line, true);
        if (expectation == Expectation.DEVIATES) {
            if (Double.isNaN(lockedValue)) {
                throw new InvalidDataException(source, line, "locked_value", "",
                        "a DEVIATES claim needs its measured value locked as a regression value");
            }
            if (row.get("reason").trim().isEmpty()) {
                throw new InvalidDataException(source, line, "reason", "", "a DEVIATES claim needs a written reason");
            }
        }
        try {
            return new Claim(id, paper, location, quantity, published, publishedUpper, comparison,
                    new Tolerance(toleranceKind, toleranceValue, row.get("tolerance_reason").trim()),
                    expectation, lockedValue, row.get("reason").trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(source, line, null, null, e.getMessage());
        }
    }

    private static String required(CSVRecord row, String column, String source, long line) {
        String v = row.get(column).trim();
        if (v.isEmpty()) {
            throw new InvalidDataException(source, line, column, v, "must not be empty");
        }
        return v;
    }

    private static double number(CSVRecord row, String column, String source, long line, boolean optional) {
        String v = row.get(column).trim();
        if (v.isEmpty()) {
            if (optional) {
                return Double.NaN;
            }
            throw new InvalidDataException(source, line, column, v, "must not be empty");
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new InvalidDataException(source, line, column, v, "must be a finite number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidDataException(source, line, column, v, "not a number");
        }
    }
}
