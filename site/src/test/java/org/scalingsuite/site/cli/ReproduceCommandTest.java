package org.scalingsuite.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce ID --format json} prints, for every claim, id, paper, location, quantity, published,
 * reproduced, tolerance (kind and value), expectation and status; the text form is a table; unknown ids
 * exit 2. Runs the Chinchilla reproduction once.
 */
class ReproduceCommandTest {

    private static CliRunner json;

    @BeforeAll
    static void runOnce() {
        json = CliRunner.run("reproduce", "chinchilla", "--format", "json");
    }

    @Test
    void jsonListsEveryFieldOfEveryClaim() {
        assertEquals(ExitCodes.OK, json.exitCode(), json.err());
        String out = json.out();
        assertTrue(out.startsWith("{"), "stdout holds only JSON; progress goes to stderr");
        for (String field : new String[] {"\"id\"", "\"paper\"", "\"location\"", "\"quantity\"", "\"published\"",
            "\"reproduced\"", "\"tolerance\"", "\"kind\"", "\"value\"", "\"expectation\"", "\"status\""}) {
            assertTrue(out.contains(field + ":"), field);
        }
        assertEquals(26, out.split("\"status\": \"REPRODUCED\"", -1).length - 1, "26 claims reproduced");
        assertTrue(out.contains("\"id\": \"grid.objective\""));
        assertTrue(out.contains("\"failed\": 0"));
    }

    @Test
    void unknownIdIsBadInput() {
        CliRunner r = CliRunner.run("reproduce", "no-such-paper");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("unknown reproduction 'no-such-paper'"), r.err());
        assertTrue(r.err().contains("chinchilla"), "lists the available ids: " + r.err());
    }

    @Test
    void badFormatIsBadInput() {
        CliRunner r = CliRunner.run("reproduce", "chinchilla", "--format", "xml");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
    }
}
