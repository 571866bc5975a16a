package org.scalingsuite.site.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON writer: key order kept, strings escaped, non-finite numbers as null. */
class JsonTest {

    @Test
    void writesNestedValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1.5);
        m.put("a", List.of(1L, "x\"y\n", true));
        m.put("nan", Double.NaN);
        m.put("none", null);
        assertEquals("{\n  \"b\": 1.5,\n  \"a\": [\n    1,\n    \"x\\\"y\\n\",\n    true\n  ],\n  \"nan\": null,\n"
                + "  \"none\": null\n}", Json.write(m));
        assertEquals("{}", Json.write(Map.of()));
    }
}
