package org.scalingsuite.reproductions.overtraining.data;

import java.util.List;
import org.scalingsuite.core.data.InvalidDataException;

/**
 * Typed access to the members of parsed JSON, for loaders. A missing member or a value of the wrong type is an
 * {@link InvalidDataException} naming the file, the line, the member's path (as the column, e.g.
 * {@code hyperparameters.params}) and the value.
 *
 * @param source the file name for error messages
 */
record JsonFields(String source) {

    JsonValue.JsonObject object(JsonValue value, String path) {
        if (value instanceof JsonValue.JsonObject o) {
            return o;
        }
        throw wrongType(value, path, "an object");
    }

    JsonValue member(JsonValue.JsonObject object, String parentPath, String key) {
        JsonValue v = object.members().get(key);
        String path = join(parentPath, key);
        if (v == null) {
            throw new InvalidDataException(source, object.line(), path, null,
                    "missing member; the object has " + object.members().keySet());
        }
        return v;
    }

    JsonValue.JsonObject object(JsonValue.JsonObject object, String parentPath, String key) {
        return object(member(object, parentPath, key), join(parentPath, key));
    }

    List<JsonValue> array(JsonValue.JsonObject object, String parentPath, String key) {
        JsonValue v = member(object, parentPath, key);
        if (v instanceof JsonValue.JsonArray a) {
            return a.elements();
        }
        throw wrongType(v, join(parentPath, key), "an array");
    }

    String string(JsonValue value, String path) {
        if (value instanceof JsonValue.JsonString s) {
            return s.value();
        }
        throw wrongType(value, path, "a string");
    }

    String string(JsonValue.JsonObject object, String parentPath, String key) {
        return string(member(object, parentPath, key), join(parentPath, key));
    }

    JsonValue.JsonNumber number(JsonValue value, String path) {
        if (value instanceof JsonValue.JsonNumber n) {
            return n;
        }
        throw wrongType(value, path, "a number");
    }

    /** @return a finite number that is strictly positive. */
    double positive(JsonValue.JsonObject object, String parentPath, String key) {
        JsonValue.JsonNumber n = number(member(object, parentPath, key), join(parentPath, key));
        if (!(n.value() > 0)) {
            throw invalid(n, join(parentPath, key), n.text(), "must be positive");
        }
        return n.value();
    }

    /** @return a positive integer written without fraction or exponent, exact in a long. */
    long positiveInteger(JsonValue.JsonObject object, String parentPath, String key) {
        String path = join(parentPath, key);
        JsonValue.JsonNumber n = number(member(object, parentPath, key), path);
        if (!n.integral() || n.text().startsWith("-")) {
            throw invalid(n, path, n.text(), "must be a positive integer");
        }
        long v;
        try {
            v = Long.parseLong(n.text());
        } catch (NumberFormatException e) {
            throw invalid(n, path, n.text(), "integer out of range");
        }
        if (v <= 0) {
            throw invalid(n, path, n.text(), "must be a positive integer");
        }
        return v;
    }

    InvalidDataException invalid(JsonValue at, String path, String value, String problem) {
        return new InvalidDataException(source, at.line(), path, value, problem);
    }

    private InvalidDataException wrongType(JsonValue value, String path, String expected) {
        String text = value instanceof JsonValue.JsonNumber n ? n.text()
                : value instanceof JsonValue.JsonString s ? s.value()
                : value instanceof JsonValue.JsonBoolean b ? Boolean.toString(b.value())
                : value instanceof JsonValue.JsonNull ? "null" : null;
        return new InvalidDataException(source, value.line(), path, text,
                "expected " + expected + ", found " + (value.kind().equals("array") || value.kind().equals("object")
                        ? "an " : "a ") + value.kind());
    }

    static String join(String parent, String key) {
        return parent == null || parent.isEmpty() ? key : parent + "." + key;
    }
}
