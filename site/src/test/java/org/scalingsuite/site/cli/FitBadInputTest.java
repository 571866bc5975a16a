package org.scalingsuite.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input matrix of {@code fit --data}: each malformed file gives exit code 2, a one-line error that
 * names the file (and the line, column and value where there is one), and no output file.
 */
class FitBadInputTest {

    private static final String HEADER = "params,tokens,loss\n";
    private static final String GOOD = "1e8,2e9,3.5\n2e8,4e9,3.2\n4e8,8e9,3.0\n8e8,1.6e10,2.8\n1.6e9,3.2e10,2.6\n"
            + "3.2e9,6.4e10,2.5\n";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("empty file", "", "empty file"),
                Arguments.of("missing column", "params,loss\n1e9,3\n", "line 1, column 'tokens': missing column"),
                Arguments.of("extra field in a row", HEADER + GOOD + "1e9,2e10,3,7\n", "line 8: expected 3 fields"),
                Arguments.of("wrong header case", "Params,tokens,loss\n" + GOOD,
                        "line 1, column 'params': value 'Params'"),
                Arguments.of("non-numeric cell", HEADER + GOOD + "1e9,abc,3\n",
                        "line 8, column 'tokens': value 'abc': not a number"),
                Arguments.of("NaN", HEADER + GOOD + "1e9,2e10,NaN\n", "line 8, column 'loss': value 'NaN'"),
                Arguments.of("Infinity", HEADER + "1e9,Infinity,3\n" + GOOD, "line 2, column 'tokens': value 'Infinity'"),
                Arguments.of("negative parameter count", HEADER + GOOD + "-1e9,2e10,3\n",
                        "line 8, column 'params': value '-1e9': must be positive"),
                Arguments.of("zero token count", HEADER + GOOD + "1e9,0,3\n",
                        "line 8, column 'tokens': value '0': must be positive"),
                Arguments.of("duplicate row", HEADER + GOOD + "2e8,4e9,3.2\n", "line 8, column 'params': value '2e8': "
                        + "duplicate of line 3"),
                Arguments.of("fewer points than parameters", HEADER + "1e8,2e9,3.5\n2e8,4e9,3.2\n",
                        "has 2 runs; at least 6 are needed to fit 5 parameters"),
                Arguments.of("one model size", HEADER + "1e9,1e10,3\n1e9,2e10,2.9\n1e9,3e10,2.8\n1e9,4e10,2.7\n"
                        + "1e9,5e10,2.6\n1e9,6e10,2.5\n", "every run has the same params"),
                Arguments.of("non-UTF-8 bytes", HEADER + GOOD + "1e9,2e10,3\u00ff\n", "line 8: bytes that are not valid UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badFileIsAOneLineErrorWithExitTwoAndNoOutput(String name, String content, String expected) throws IOException {
        Path file = dir.resolve("runs.csv");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (name.startsWith("non-UTF-8")) {
            bytes = content.replace("\u00ff", "#").getBytes(StandardCharsets.ISO_8859_1);
            bytes[bytes.length - 2] = (byte) 0xff;
        }
        Files.write(file, bytes);
        assertRejected(file, expected);
    }

    @Test
    void missingFileIsBadInput() {
        assertRejected(dir.resolve("absent.csv"), "file not found");
    }

    @Test
    void aGigabyteFileIsStreamedAndStoppedAtTheRunLimit() throws IOException {
        Path file = dir.resolve("huge.csv");
        byte[] row = "123456789,2.5e10,3.14159\n".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer block = ByteBuffer.allocate(row.length * 40_000);
        for (int i = 0; i < 40_000; i++) {
            block.put(row);
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(HEADER.getBytes(StandardCharsets.US_ASCII)));
            // The first 1,000,001 runs are distinct, so the run limit fires before the duplicate check; the rest
            // of the gigabyte repeats one row and must never be read.
            StringBuilder distinct = new StringBuilder();
            for (int i = 1; i <= 1_000_001; i++) {
                distinct.append(i).append(",2.5e10,3.14159\n");
                if (distinct.length() > 1 << 20) {
                    out.write(ByteBuffer.wrap(distinct.toString().getBytes(StandardCharsets.US_ASCII)));
                    distinct.setLength(0);
                }
            }
            out.write(ByteBuffer.wrap(distinct.toString().getBytes(StandardCharsets.US_ASCII)));
            while (out.size() < (1L << 30)) {
                block.rewind();
                out.write(block);
            }
        }
        assertTrue(Files.size(file) >= 1L << 30);
        assertRejected(file, "line 1000002: more than 1000000 runs");
        Files.delete(file);
    }

    private void assertRejected(Path file, String expected) {
        Path output = dir.resolve("fit.json");
        CliRunner r = CliRunner.run("fit", "--data", file.toString(), "--bootstrap", "0", "--format", "json",
                "--output", output.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("error: " + file), err);
        assertTrue(err.contains(expected), err);
        assertFalse(Files.exists(output), "no output file is left behind");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("fit.json")), "no temporary output");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
