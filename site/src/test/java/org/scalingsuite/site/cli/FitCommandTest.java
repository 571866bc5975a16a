package org.scalingsuite.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fit --data FILE.csv --law chinchilla}: recovers known parameters from synthetic runs and prints
 * them with bootstrap intervals (text and JSON); bad CSVs exit 2 with a single line naming file, line,
 * column and value.
 */
class FitCommandTest {

    @TempDir
    Path dir;

    /** Noise-free runs of L = 1.8 + 400/N^0.34 + 2000/D^0.37 on a grid of sizes and token counts. */
    private Path syntheticRuns() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("tokens,loss,params");
        for (double n : new double[] {5e7, 1e8, 3e8, 1e9, 3e9}) {
            for (double d : new double[] {1e9, 3e9, 1e10, 3e10, 1e11}) {
                double loss = 1.8 + 400 / Math.pow(n, 0.34) + 2000 / Math.pow(d, 0.37);
                lines.add(String.format(Locale.ROOT, "%s,%s,%s", d, loss, n));
            }
        }
        Path file = dir.resolve("runs.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void recoversKnownParametersAsJson() throws IOException {
        CliRunner r = CliRunner.run("fit", "--data", syntheticRuns().toString(), "--law", "chinchilla",
                "--format", "json", "--bootstrap", "50", "--threads", "2", "--predict", "7e10:1.4e12");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        // Columns are found by name whatever their order; exact data is fitted to ~1e-6 relative.
        assertEquals(1.8, estimate(r.out(), "E"), 1e-5);
        assertEquals(400, estimate(r.out(), "A"), 400 * 1e-3);
        assertEquals(2000, estimate(r.out(), "B"), 2000 * 1e-3);
        assertEquals(0.34, estimate(r.out(), "alpha"), 1e-5);
        assertEquals(0.37, estimate(r.out(), "beta"), 1e-5);
        assertTrue(r.out().contains("\"alpha\": {"));
        assertTrue(r.out().contains("\"standard_error\""));
        assertTrue(r.out().contains("\"predictions\""));
        assertTrue(r.out().contains("\"converged\": true"));
    }

    private static double estimate(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\"" + name + "\": \\{\\s*\"estimate\": ([-0-9.Ee+]+)").matcher(json);
        assertTrue(m.find(), "no estimate of " + name + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void textOutputHasAParameterTableWithIntervals() throws IOException {
        CliRunner r = CliRunner.run("fit", "--data", syntheticRuns().toString(), "--bootstrap", "20",
                "--threads", "2");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("parameter"), r.out());
        assertTrue(r.out().contains("95% lower"), r.out());
        assertTrue(r.out().contains("bootstrap: 20 resamples"), r.out());
    }

    @Test
    void nonNumericCellIsAOneLineErrorWithExitTwo() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "params,tokens,loss\n1e8,2e9,3.1\n2e8,x,2.9\n");
        CliRunner r = CliRunner.run("fit", "--data", bad.toString(), "--law", "chinchilla");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.csv, line 3, column 'tokens': value 'x': not a number"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void missingColumnAndTooFewRunsAndMissingFileAreBadInput() throws IOException {
        Path noLoss = dir.resolve("noloss.csv");
        Files.writeString(noLoss, "params,tokens\n1e8,2e9\n");
        CliRunner r1 = CliRunner.run("fit", "--data", noLoss.toString());
        assertEquals(ExitCodes.BAD_INPUT, r1.exitCode());
        assertTrue(r1.err().contains("column 'loss'"), r1.err());

        Path few = dir.resolve("few.csv");
        Files.writeString(few, "params,tokens,loss\n1e8,2e9,3.1\n2e8,3e9,2.9\n");
        CliRunner r2 = CliRunner.run("fit", "--data", few.toString());
        assertEquals(ExitCodes.BAD_INPUT, r2.exitCode());
        assertTrue(r2.err().contains("at least 6"), r2.err());

        CliRunner r3 = CliRunner.run("fit", "--data", dir.resolve("absent.csv").toString());
        assertEquals(ExitCodes.BAD_INPUT, r3.exitCode());
        assertTrue(r3.err().contains("file not found"), r3.err());
    }

    @Test
    void badOptionsAreBadInput() throws IOException {
        Path runs = syntheticRuns();
        assertEquals(ExitCodes.BAD_INPUT, CliRunner.run("fit", "--data", runs.toString(), "--law", "kaplan2").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, CliRunner.run("fit", "--data", runs.toString(), "--predict", "7e10").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, CliRunner.run("fit", "--data", runs.toString(), "--confidence", "2").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, CliRunner.run("fit").exitCode());
    }
}
