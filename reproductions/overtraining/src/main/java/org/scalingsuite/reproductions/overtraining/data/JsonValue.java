package org.scalingsuite.reproductions.overtraining.data;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value with the line and column where it starts, so that loaders can point at the offending
 * value of a file. Produced by {@link JsonReader}.
 */
public sealed interface JsonValue {

    /** @return the 1-based line of the value's first character. */
    int line();

    /** @return the 1-based column of the value's first character. */
    int column();

    /** @return what kind of value this is, for error messages ("object", "number", ...). */
    String kind();

    /** An object; member order is that of the file and keys are unique. */
    record JsonObject(Map<String, JsonValue> members, int line, int column) implements JsonValue {
        public JsonObject {
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        }

        @Override
        public String kind() {
            return "object";
        }
    }

    /** An array. */
    record JsonArray(List<JsonValue> elements, int line, int column) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public String kind() {
            return "array";
        }
    }

    /** A string, with escapes resolved. */
    record JsonString(String value, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "string";
        }
    }

    /**
     * A number: its text as written and its value as the nearest double (what Python's {@code json} module
     * gives for floats; integers up to 2^53 are exact).
     */
    record JsonNumber(String text, double value, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "number";
        }

        /** @return true when the text has no fraction or exponent. */
        public boolean integral() {
            return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        }
    }

    /** {@code true} or {@code false}. */
    record JsonBoolean(boolean value, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "boolean";
        }
    }

    /** {@code null}. */
    record JsonNull(int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "null";
        }
    }
}
