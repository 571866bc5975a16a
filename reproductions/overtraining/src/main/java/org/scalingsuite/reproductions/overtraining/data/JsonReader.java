package org.scalingsuite.reproductions.overtraining.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.data.InvalidDataException;

/**
 * A strict JSON reader (RFC 8259): UTF-8 text, one value, nothing after it but white space. It rejects what
 * lenient parsers accept: {@code NaN} and {@code Infinity}, leading zeros, trailing commas, single quotes,
 * comments, unescaped control characters, lone surrogate escapes, duplicate object keys and nesting deeper than
 * {@value #MAX_DEPTH}. Every error is an {@link InvalidDataException} with the file, the line and the character
 * position (a missing file or bytes that are not UTF-8 included).
 */
public final class JsonReader {

    /** The deepest nesting of arrays and objects read (the released files nest 4 deep). */
    static final int MAX_DEPTH = 512;

    private final String source;
    private final String text;
    private int depth;
    private int pos;
    private int line = 1;
    private int lineStart;

    private JsonReader(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /** @return the value in {@code file}, decoded as strict UTF-8. */
    public static JsonValue read(Path file) {
        String source = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(source, "file not found: " + file);
        } catch (IOException e) {
            throw new InvalidDataException(source, "cannot read " + file + ": " + e.getMessage());
        }
        return parse(bytes, source);
    }

    /** @return the value in {@code bytes}; {@code source} names them in error messages. */
    public static JsonValue parse(byte[] bytes, String source) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidDataException(source, line, null, null, "bytes that are not valid UTF-8 (byte "
                    + (at + 1) + ")");
        }
        return parse(out.flip().toString(), source);
    }

    /** @return the value in {@code text}. */
    public static JsonValue parse(String text, String source) {
        JsonReader reader = new JsonReader(source, text);
        reader.skipWhitespace();
        if (reader.pos < text.length() && text.charAt(reader.pos) == '\uFEFF') {
            throw reader.error("a byte-order mark is not allowed");
        }
        JsonValue value = reader.value();
        reader.skipWhitespace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected '" + text.charAt(reader.pos) + "' after the end of the JSON value");
        }
        return value;
    }

    private JsonValue value() {
        if (pos >= text.length()) {
            throw error("unexpected end of input, expected a value");
        }
        char c = text.charAt(pos);
        if (c == '{' || c == '[') {
            if (++depth > MAX_DEPTH) {
                throw error("arrays and objects nested deeper than " + MAX_DEPTH);
            }
            try {
                return c == '{' ? object() : array();
            } finally {
                depth--;
            }
        }
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> new JsonValue.JsonString(string(), line, column());
            case 't' -> literal("true", new JsonValue.JsonBoolean(true, line, column()));
            case 'f' -> literal("false", new JsonValue.JsonBoolean(false, line, column()));
            case 'n' -> literal("null", new JsonValue.JsonNull(line, column()));
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected '" + c + "', expected a value");
            }
        };
    }

    private JsonValue.JsonObject object() {
        int startLine = line;
        int startColumn = column();
        pos++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return new JsonValue.JsonObject(members, startLine, startColumn);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a quoted object key");
            }
            int keyLine = line;
            int keyColumn = column();
            String key = string();
            if (members.containsKey(key)) {
                throw new InvalidDataException(source, keyLine, key, null,
                        "duplicate object key at character " + keyColumn);
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            members.put(key, value());
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                return new JsonValue.JsonObject(members, startLine, startColumn);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}' in an object");
            }
        }
    }

    private JsonValue.JsonArray array() {
        int startLine = line;
        int startColumn = column();
        pos++;
        List<JsonValue> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return new JsonValue.JsonArray(elements, startLine, startColumn);
        }
        while (true) {
            skipWhitespace();
            elements.add(value());
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ']') {
                return new JsonValue.JsonArray(elements, startLine, startColumn);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']' in an array");
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("unescaped control character U+" + String.format("%04X", (int) c) + " in a string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated escape");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    char u = hex4();
                    if (Character.isHighSurrogate(u)) {
                        if (!text.startsWith("\\u", pos)) {
                            throw error("lone high surrogate escape");
                        }
                        pos += 2;
                        char low = hex4();
                        if (!Character.isLowSurrogate(low)) {
                            throw error("high surrogate escape not followed by a low surrogate");
                        }
                        sb.append(u).append(low);
                    } else if (Character.isLowSurrogate(u)) {
                        throw error("lone low surrogate escape");
                    } else {
                        sb.append(u);
                    }
                }
                default -> {
                    pos--;
                    throw error("invalid escape '\\" + e + "'");
                }
            }
        }
    }

    private char hex4() {
        if (pos + 4 > text.length()) {
            throw error("truncated \\u escape");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(text.charAt(pos + i), 16);
            if (d < 0) {
                throw error("invalid hex digit in \\u escape");
            }
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    private JsonValue.JsonNumber number() {
        int start = pos;
        int startColumn = column();
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (Character.isDigit(peek())) {
                throw error("leading zeros are not allowed in numbers");
            }
        } else if (Character.isDigit(peek())) {
            digits();
        } else {
            throw error("expected a digit");
        }
        if (peek() == '.') {
            pos++;
            if (!Character.isDigit(peek())) {
                throw error("expected a digit after the decimal point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!Character.isDigit(peek())) {
                throw error("expected a digit in the exponent");
            }
            digits();
        }
        String number = text.substring(start, pos);
        double value = Double.parseDouble(number);
        if (!Double.isFinite(value)) {
            throw new InvalidDataException(source, line, null, number, "number out of range at character "
                    + startColumn);
        }
        return new JsonValue.JsonNumber(number, value, line, startColumn);
    }

    private void digits() {
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
    }

    private <T extends JsonValue> T literal(String word, T value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected token, expected '" + word + "'");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private InvalidDataException error(String problem) {
        return new InvalidDataException(source, line, null, null, problem + " (character " + column() + ")");
    }
}
