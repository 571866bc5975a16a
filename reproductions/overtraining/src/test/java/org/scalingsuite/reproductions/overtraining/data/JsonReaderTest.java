package org.scalingsuite.reproductions.overtraining.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.InvalidDataException;

/**
 * Checks the strict JSON reader the loaders use for the authors' model and eval files: values, escapes, number
 * texts and positions; and rejection, with file, line and character, of what strict JSON forbids (NaN, leading
 * zeros, trailing commas, duplicate keys, control characters, bad escapes, trailing content, invalid UTF-8 with its
 * line, nesting deeper than {@link JsonReader#MAX_DEPTH}).
 * Data: small inline documents. Method: {@link JsonReader}.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='JsonReaderTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class JsonReaderTest {

    @Test
    void parsesValuesWithPositions() {
        JsonValue v = JsonReader.parse("{\n  \"a\": [1, -2.5e-3, true, null],\n  \"b\": \"x\\u00e9\\n\\\"\"\n}", "t.json");
        JsonValue.JsonObject o = (JsonValue.JsonObject) v;
        assertEquals(List.of("a", "b"), List.copyOf(o.members().keySet()));
        JsonValue.JsonArray a = (JsonValue.JsonArray) o.members().get("a");
        assertEquals(2, a.line());
        JsonValue.JsonNumber n = (JsonValue.JsonNumber) a.elements().get(1);
        assertEquals("-2.5e-3", n.text());
        assertEquals(-2.5e-3, n.value());
        assertTrue(((JsonValue.JsonNumber) a.elements().get(0)).integral());
        assertTrue(((JsonValue.JsonBoolean) a.elements().get(2)).value());
        assertTrue(a.elements().get(3) instanceof JsonValue.JsonNull);
        assertEquals("x\u00e9\n\"", ((JsonValue.JsonString) o.members().get("b")).value());
        assertEquals("\uD83D\uDE00", ((JsonValue.JsonString) JsonReader.parse("\"\\ud83d\\ude00\"", "t")).value());
    }

    @Test
    void largeIntegersKeepTheirText() {
        JsonValue.JsonNumber n = (JsonValue.JsonNumber) JsonReader.parse("921468928000", "t");
        assertEquals("921468928000", n.text());
        assertEquals(921468928000.0, n.value());
    }

    @Test
    void rejectsWhatStrictJsonForbids() {
        reject("{\"a\": NaN}", 1, "expected a value");
        reject("{\"a\": Infinity}", 1, "expected a value");
        reject("[01]", 1, "leading zeros");
        reject("[1,]", 1, "expected a value");
        reject("{\"a\": 1,}", 1, "expected a quoted object key");
        reject("{\n\"a\": 1,\n\"a\": 2}", 3, "duplicate object key");
        reject("[\"a\tb\"]", 1, "control character");
        reject("[\"\\x\"]", 1, "invalid escape");
        reject("[\"\\ud83d\"]", 1, "lone high surrogate");
        reject("{} {}", 1, "after the end");
        reject("{'a': 1}", 1, "quoted object key");
        reject("[1.]", 1, "after the decimal point");
        reject("[1e400]", 1, "out of range");
        reject("\n\n[1 2]", 3, "expected ',' or ']'");
        reject("", 0, "unexpected end of input");
        reject("[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1), 1, "nested deeper");
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        JsonValue v = JsonReader.parse("[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH), "t");
        assertTrue(v instanceof JsonValue.JsonArray);
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] bytes = "{\n\"a\":\n \"x\"}".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFF;
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> JsonReader.parse(bytes, "bad.json"));
        assertEquals(3, e.line(), e.getMessage());
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] bytes = "[\"a\"]".getBytes(StandardCharsets.UTF_8);
        bytes[2] = (byte) 0xC3;
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> JsonReader.parse(bytes, "bad.json"));
        assertTrue(e.getMessage().startsWith("bad.json") && e.getMessage().contains("UTF-8"), e.getMessage());
    }

    private static void reject(String text, int line, String problem) {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> JsonReader.parse(text, "doc.json"),
                text);
        assertEquals("doc.json", e.source());
        if (line > 0) {
            assertEquals(line, e.line(), e.getMessage());
        }
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
