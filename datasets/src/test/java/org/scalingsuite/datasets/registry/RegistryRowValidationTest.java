package org.scalingsuite.datasets.registry;

// Checks DatasetRegistry.read(CsvTable), the parser of registry rows: a valid row becomes a RegisteredFile,
// and a malformed row (bad sha256, unknown kind, non-integer size, empty required text) is an
// InvalidDataException naming the source, line, column and value.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.datasets.csv.CsvTable;

class RegistryRowValidationTest {

    private static final String SOURCE = "test-registry.csv";
    private static final String HEADER = "dataset,file,sha256,bytes,kind,download_url,upstream_repository,commit,"
            + "upstream_path,licence,citation\n";
    private static final String SHA = "193478df4e90f040016431996c45682659306840ecdadf83cfb9cd5ca0aa1b30";
    private static final String COMMIT = "92258837425e1b5f2851d624287f0120583a3d0e";
    private static final String URL = "https://raw.githubusercontent.com/owner/repo/" + COMMIT + "/data/a.csv";
    private static final String GOOD = "ds,a.csv," + SHA + ",100,byte-copy," + URL + ",owner/repo," + COMMIT
            + ",data/a.csv,MIT,\"Someone et al. 2024, arXiv:0000.00000\"\n";
    private static final String DERIVED = "ds,b.csv," + SHA + ",7,derived,,,,,none stated,Survey\n";

    private static CsvTable table(String text) {
        return CsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SOURCE,
                "dataset", "file", "sha256", "bytes", "kind", "download_url", "upstream_repository", "commit",
                "upstream_path", "licence", "citation");
    }

    private static InvalidDataException invalid(String text) {
        return assertThrows(InvalidDataException.class, () -> DatasetRegistry.read(table(text)));
    }

    private static void assertNames(InvalidDataException e, long line, String column, String value) {
        String m = e.getMessage();
        assertEquals(SOURCE, e.source(), m);
        assertEquals(line, e.line(), m);
        assertEquals(column, e.column(), m);
        assertEquals(value, e.value(), m);
        assertTrue(m.contains(SOURCE) && m.contains("line " + line) && m.contains("column '" + column + "'")
                && m.contains("value '" + value + "'"), m);
    }

    @Test
    void validRowsBecomeEntries() {
        DatasetRegistry registry = DatasetRegistry.read(table(HEADER + GOOD + DERIVED));
        RegisteredFile a = registry.require("ds", "a.csv");
        assertEquals(new RegisteredFile("ds", "a.csv", SHA, 100, RegisteredFile.Kind.BYTE_COPY, Optional.of(URL),
                "owner/repo", COMMIT, "data/a.csv", "MIT", "Someone et al. 2024, arXiv:0000.00000"), a);
        RegisteredFile b = registry.require("ds", "b.csv");
        assertEquals(RegisteredFile.Kind.DERIVED, b.kind());
        assertEquals(Optional.empty(), b.downloadUrl());
        assertEquals("", b.upstreamRepository());
        assertEquals(7, b.bytes());
    }

    @Test
    void everyKindTokenIsAccepted() {
        for (RegisteredFile.Kind kind : RegisteredFile.Kind.values()) {
            assertEquals(kind, RegisteredFile.Kind.fromToken(kind.token()));
        }
        assertThrows(IllegalArgumentException.class, () -> RegisteredFile.Kind.fromToken("BYTE_COPY"));
    }

    @Test
    void uppercaseSha256IsRejectedWithLineAndColumn() {
        String bad = SHA.toUpperCase();
        InvalidDataException e = invalid(HEADER + GOOD + DERIVED.replace(SHA, bad));
        assertNames(e, 3, "sha256", bad);
        assertTrue(e.getMessage().contains("64 lowercase hex"), e.getMessage());
    }

    @Test
    void shortOrNonHexSha256IsRejected() {
        assertNames(invalid(HEADER + GOOD.replace(SHA, SHA.substring(1))), 2, "sha256", SHA.substring(1));
        String nonHex = "g" + SHA.substring(1);
        assertNames(invalid(HEADER + GOOD.replace(SHA, nonHex)), 2, "sha256", nonHex);
    }

    @Test
    void emptySha256IsRejected() {
        assertNames(invalid(HEADER + GOOD.replace(SHA, "")), 2, "sha256", "");
    }

    @Test
    void unknownKindIsRejectedWithLineAndColumn() {
        InvalidDataException e = invalid(HEADER + DERIVED + GOOD.replace("byte-copy", "bytecopy"));
        assertNames(e, 3, "kind", "bytecopy");
        assertTrue(e.getMessage().contains("byte-copy, converted, derived or transcribed"), e.getMessage());
    }

    @Test
    void nonIntegerSizeIsRejected() {
        assertNames(invalid(HEADER + GOOD.replace(",100,", ",12kB,")), 2, "bytes", "12kB");
    }

    @Test
    void emptyDatasetIsRejected() {
        assertNames(invalid(HEADER + GOOD.replaceFirst("^ds,", ",")), 2, "dataset", "");
    }

    @Test
    void missingRegistryColumnIsRejected() {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> table(HEADER.replace(",kind,", ",type,") + GOOD));
        assertEquals("kind", e.column(), e.getMessage());
        assertEquals(1, e.line(), e.getMessage());
    }
}
