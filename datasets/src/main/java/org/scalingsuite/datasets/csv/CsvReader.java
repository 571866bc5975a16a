package org.scalingsuite.datasets.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scalingsuite.core.data.InvalidDataException;

/**
 * Streams a CSV file (RFC 4180, UTF-8, a header row) row by row, so files of any size are read in constant
 * memory. Columns are found by header name, exactly; a header that differs only in case is reported as
 * such. Every problem is an {@link InvalidDataException} naming the source, line, column and value:
 * undecodable bytes, a row with the wrong number of fields, duplicate or missing header names.
 * Blank lines are skipped (they hold no data).
 */
public final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowDuplicateHeaderNames(false)
            .setIgnoreEmptyLines(true)
            .build();

    private CsvReader() {
    }

    /**
     * Reads {@code file}, checks that the header holds {@code required} columns, and passes each row to
     * {@code consumer}.
     *
     * @return the header
     */
    public static List<String> forEach(Path file, List<String> required, Consumer<CsvRow> consumer) {
        String source = file.toString();
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(source, "file not found");
        } catch (IOException e) {
            throw new InvalidDataException(source, "cannot open: " + e.getMessage());
        }
        try (in) {
            return forEach(in, source, required, consumer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #forEach(Path, List, Consumer)} for a stream named {@code source}. */
    public static List<String> forEach(InputStream in, String source, List<String> required,
            Consumer<CsvRow> consumer) {
        Reader reader = new StrictUtf8Reader(in);
        CSVParser parser;
        try {
            parser = FORMAT.parse(reader);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(source, 1, null, null, "bad header: " + e.getMessage());
        } catch (UncheckedIOException | IOException e) {
            throw decodingError(source, 1, e);
        }
        try (parser) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new InvalidDataException(source, "empty file: expected a header row with columns " + required);
            }
            checkColumns(source, header, required);
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException e) {
                    throw decodingError(source, parser.getCurrentLineNumber() + 1, e);
                } catch (IllegalStateException e) {
                    throw new InvalidDataException(source, parser.getCurrentLineNumber(), null, null,
                            "malformed CSV: " + e.getMessage());
                }
                long line = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new InvalidDataException(source, line, null, null,
                            "expected " + header.size() + " fields as in the header, found " + record.size());
                }
                consumer.accept(new CsvRow(source, line, record));
            }
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidDataException decodingError(String source, long line, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof UndecodableBytesException u) {
            return new InvalidDataException(source, u.line, null, null, "bytes that are not valid UTF-8");
        }
        if (cause instanceof CharacterCodingException) {
            return new InvalidDataException(source, line, null, null, "bytes that are not valid UTF-8");
        }
        return new InvalidDataException(source, line, null, null, "cannot read: " + cause.getMessage());
    }

    /** Checks that every required column is in the header, suggesting a case-insensitive match when one exists. */
    static void checkColumns(String source, List<String> header, List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!header.contains(column)) {
                missing.add(column);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String column = missing.get(0);
        for (String h : header) {
            if (h.trim().toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                throw new InvalidDataException(source, 1, column, h,
                        "header differs in case or spaces from the required column '" + column + "'");
            }
        }
        throw new InvalidDataException(source, 1, column, null,
                "missing column; the header has " + header + ", required " + required);
    }

    /** Undecodable input, with the 1-based line holding the first bad byte. */
    static final class UndecodableBytesException extends CharacterCodingException {

        private static final long serialVersionUID = 1L;

        final long line;

        UndecodableBytesException(long line) {
            this.line = line;
        }

        @Override
        public String getMessage() {
            return "bytes that are not valid UTF-8 on line " + line;
        }
    }

    /**
     * Strict UTF-8 decoding that knows the line of the first bad byte. An {@code InputStreamReader} decodes
     * ahead in blocks of bytes and fails before the parser reaches the bad line, so the parser's line number
     * cannot be used; here line breaks (CR, LF or CRLF, as the CSV parser counts them) are counted in the
     * bytes decoded before the error, and the characters decoded before it are handed out first.
     */
    private static final class StrictUtf8Reader extends Reader {

        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private final CharBuffer chars = CharBuffer.allocate(8192).flip();
        private long lineBreaks;
        private boolean afterCr;
        private boolean endOfInput;
        private boolean finished;

        StrictUtf8Reader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) {
                return 0;
            }
            if (!chars.hasRemaining() && !fill()) {
                return -1;
            }
            int n = Math.min(len, chars.remaining());
            chars.get(cbuf, off, n);
            return n;
        }

        /** Decodes the next characters; false at the end of the input. */
        private boolean fill() throws IOException {
            if (finished) {
                return false;
            }
            chars.clear();
            try {
                while (chars.position() == 0) {
                    int start = bytes.position();
                    CoderResult result = decoder.decode(bytes, chars, endOfInput);
                    countLineBreaks(start, bytes.position());
                    if (result.isError()) {
                        if (chars.position() > 0) {
                            break; // hand out the good characters; the error recurs on the next fill
                        }
                        throw new UndecodableBytesException(lineBreaks + 1);
                    }
                    if (result.isUnderflow() && chars.position() == 0) {
                        if (endOfInput) {
                            decoder.flush(chars);
                            finished = true;
                            return chars.position() > 0;
                        }
                        readBytes();
                    }
                }
                return true;
            } finally {
                chars.flip();
            }
        }

        private void readBytes() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        private void countLineBreaks(int from, int to) {
            byte[] a = bytes.array();
            for (int i = from; i < to; i++) {
                byte b = a[bytes.arrayOffset() + i];
                if (b == '\r') {
                    lineBreaks++;
                    afterCr = true;
                } else {
                    if (b == '\n' && !afterCr) {
                        lineBreaks++;
                    }
                    afterCr = false;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
