package org.scalingsuite.core.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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

    private ClaimsFile() {
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

    /** Parses claims; bad rows raise {@link InvalidDataException} with line and column. */
    public static List<Claim> read(InputStream in, String source) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        List<Claim> claims = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CSVParser parser = format.parse(reader)) {
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
        try {
            return new Claim(id, required(row, "paper", source, line), required(row, "location", source, line),
                    required(row, "quantity", source, line), number(row, "published", source, line, false),
                    number(row, "published_upper", source, line, true), comparison,
                    new Tolerance(toleranceKind, number(row, "tolerance", source, line, false),
                            row.get("tolerance_reason").trim()),
                    expectation, number(row, "locked_value", source, line, true), row.get("reason").trim());
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
