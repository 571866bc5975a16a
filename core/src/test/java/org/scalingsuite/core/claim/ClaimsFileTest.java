package org.scalingsuite.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.InvalidDataException;

/*
 * Checks ClaimsFile.read, the parser of each module's claims.csv (DESIGN.md: loaders "reject bad input with file,
 * line and column in the message"): a valid file parses field by field (quoted fields, empty comparison meaning
 * ~, ranges, DEVIATES rows); each kind of bad input raises InvalidDataException whose message names the source,
 * the line and the column: a missing column, an unknown column, a bad number, a bad comparison, DEVIATES
 * without a locked value or without a reason, a range without a valid upper end, a negative tolerance, an empty
 * required field, a duplicate id, and bytes that are not UTF-8 (Latin-1 "é" in a UTF-8 file).
 */
class ClaimsFileTest {

    private static final String SOURCE = "test/claims.csv";
    private static final String HEADER = "id,paper,location,quantity,published,published_upper,comparison,"
            + "tolerance_kind,tolerance,tolerance_reason,expectation,locked_value,reason\n";

    @Test
    void validFileParses() throws IOException {
        String csv = HEADER
                + "grid.E,Besiroglu et al. 2024,Table 1,\"irreducible loss E, nats\",1.8172,,,abs,5e-4,"
                + "printed to 4 decimals,REPRODUCES,,\n"
                + "ratio,Besiroglu et al. 2024,Section 5,tokens per parameter,4,10,in,rel,0.1,range,REPRODUCES,,"
                + "a note\n"
                + "se.A,Besiroglu et al. 2024,Table 1,SE of A,124.58,,~,rel,0.05,Monte-Carlo error,DEVIATES,"
                + "124.49,\"another bootstrap run, see notebook\"\n"
                + "bound,Hoffmann et al. 2022,Table 2,upper bound,1,,<=,abs,0,exact,REPRODUCES,,\n";

        List<Claim> claims = read(csv);

        assertEquals(4, claims.size());
        Claim e = claims.get(0);
        assertEquals("grid.E", e.id());
        assertEquals("Besiroglu et al. 2024", e.paper());
        assertEquals("Table 1", e.location());
        assertEquals("irreducible loss E, nats", e.quantity(), "quoted field with a comma");
        assertEquals(1.8172, e.published(), 0.0);
        assertTrue(Double.isNaN(e.publishedUpper()));
        assertEquals(Comparison.APPROX, e.comparison(), "an empty comparison means ~");
        assertEquals(Tolerance.Kind.ABSOLUTE, e.tolerance().kind());
        assertEquals(5e-4, e.tolerance().value(), 0.0);
        assertEquals("printed to 4 decimals", e.tolerance().justification());
        assertEquals(Expectation.REPRODUCES, e.expectation());
        assertTrue(Double.isNaN(e.lockedValue()));
        assertEquals("", e.reason());

        Claim range = claims.get(1);
        assertEquals(Comparison.BETWEEN, range.comparison());
        assertEquals(4, range.published(), 0.0);
        assertEquals(10, range.publishedUpper(), 0.0);
        assertEquals(Tolerance.Kind.RELATIVE, range.tolerance().kind());
        assertEquals("a note", range.reason());

        Claim deviates = claims.get(2);
        assertEquals(Expectation.DEVIATES, deviates.expectation());
        assertEquals(124.49, deviates.lockedValue(), 0.0);
        assertEquals("another bootstrap run, see notebook", deviates.reason());

        assertEquals(Comparison.AT_MOST, claims.get(3).comparison());
    }

    @Test
    void missingColumn() {
        String header = HEADER.replace(",tolerance_reason", "");
        InvalidDataException e = invalid(header + "x,p,l,q,1,,~,abs,0.1,REPRODUCES,,\n");
        assertNames(e, 1, "tolerance_reason");
    }

    @Test
    void unknownColumn() {
        InvalidDataException e = invalid(HEADER.replace("\n", ",extra\n")
                + "x,p,l,q,1,,~,abs,0.1,why,REPRODUCES,,,\n");
        assertNames(e, 1, "extra");
    }

    @Test
    void badNumber() {
        InvalidDataException e = invalid(HEADER
                + "ok,p,l,q,1,,~,abs,0.1,why,REPRODUCES,,\n"
                + "bad,p,l,q,1.2.3,,~,abs,0.1,why,REPRODUCES,,\n");
        assertNames(e, 3, "published");
        assertEquals("1.2.3", e.value());
        assertTrue(e.getMessage().contains("1.2.3"), e.getMessage());
    }

    @Test
    void badComparison() {
        InvalidDataException e = invalid(HEADER + "x,p,l,q,1,,<,abs,0.1,why,REPRODUCES,,\n");
        assertNames(e, 2, "comparison");
    }

    @Test
    void deviatesWithoutLockedValue() {
        InvalidDataException e = invalid(HEADER
                + "ok,p,l,q,1,,~,abs,0.1,why,REPRODUCES,,\n"
                + "ok2,p,l,q,1,,~,abs,0.1,why,REPRODUCES,,\n"
                + "dev,p,l,q,1,,~,abs,0.1,why,DEVIATES,,known difference\n");
        assertNames(e, 4, "locked_value");
    }

    @Test
    void deviatesWithoutReason() {
        InvalidDataException e = invalid(HEADER + "dev,p,l,q,1,,~,abs,0.1,why,DEVIATES,1.1,\n");
        assertNames(e, 2, "reason");
    }

    @Test
    void rangeWithoutAValidUpperEnd() {
        InvalidDataException e = invalid(HEADER + "r,p,l,q,4,,in,abs,0.1,why,REPRODUCES,,\n");
        assertNames(e, 2, "published_upper");
        InvalidDataException reversed = invalid(HEADER + "r,p,l,q,4,3,in,abs,0.1,why,REPRODUCES,,\n");
        assertNames(reversed, 2, "published_upper");
    }

    @Test
    void negativeTolerance() {
        InvalidDataException e = invalid(HEADER + "t,p,l,q,4,,~,abs,-0.1,why,REPRODUCES,,\n");
        assertNames(e, 2, "tolerance");
    }

    @Test
    void emptyRequiredField() {
        InvalidDataException e = invalid(HEADER + "t,,l,q,4,,~,abs,0.1,why,REPRODUCES,,\n");
        assertNames(e, 2, "paper");
    }

    @Test
    void duplicateId() {
        InvalidDataException e = invalid(HEADER
                + "same,p,l,q,1,,~,abs,0.1,why,REPRODUCES,,\n"
                + "other,p,l,q,1,,~,abs,0.1,why,REPRODUCES,,\n"
                + "same,p,l,q,2,,~,abs,0.1,why,REPRODUCES,,\n");
        assertNames(e, 4, "id");
        assertEquals("same", e.value());
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((HEADER + "ok,p,l,q,1,,~,abs,0.1,why,REPRODUCES,,\n" + "bad,p,").getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'T', 'a', 'b', 'l', 'e', ' ', (byte) 0xE9, '1'}); // Latin-1 e-acute: not UTF-8
        bytes.write(",q,1,,~,abs,0.1,why,REPRODUCES,,\n".getBytes(StandardCharsets.UTF_8));

        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> ClaimsFile.read(new ByteArrayInputStream(bytes.toByteArray()), SOURCE));
        assertNames(e, 3, "location");
        assertTrue(e.getMessage().contains("0xE9"), e.getMessage());

        ByteArrayOutputStream badHeader = new ByteArrayOutputStream();
        badHeader.write("id,paper,loc".getBytes(StandardCharsets.UTF_8));
        badHeader.write(0xFF);
        badHeader.write(HEADER.substring(HEADER.indexOf("ation")).getBytes(StandardCharsets.UTF_8));
        InvalidDataException h = assertThrows(InvalidDataException.class,
                () -> ClaimsFile.read(new ByteArrayInputStream(badHeader.toByteArray()), SOURCE));
        assertNames(h, 1, "loc\uFFFDation");
    }

    private static List<Claim> read(String csv) throws IOException {
        return ClaimsFile.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), SOURCE);
    }

    private static InvalidDataException invalid(String csv) {
        return assertThrows(InvalidDataException.class, () -> read(csv));
    }

    private static void assertNames(InvalidDataException e, long line, String column) {
        String message = e.getMessage();
        assertEquals(SOURCE, e.source(), message);
        assertEquals(line, e.line(), message);
        assertEquals(column, e.column(), message);
        assertTrue(message.startsWith(SOURCE), message);
        assertTrue(message.contains("line " + line), message);
        assertTrue(message.contains("column '" + column + "'"), message);
    }
}
