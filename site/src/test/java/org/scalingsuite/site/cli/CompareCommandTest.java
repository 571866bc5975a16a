package org.scalingsuite.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code compare --dataset ID}: prints the method table for a data set (text and JSON), with the held-out
 * errors, bootstrap intervals and wall times; {@code compare --list} lists data sets and methods; bad options
 * and unknown ids exit 2 with a one-line message. Runs on the OLMo ladder with the two fast methods, and on
 * Chinchilla with huber-log-grid by both kernels ({@code --kernel exact|simd}), which print the same held-out
 * errors (the kernels reach the same optimum; the errors are printed to 0.01%).
 */
class CompareCommandTest {

    private static void requireMirror() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("../../shared/datasets"))
                || Files.isDirectory(Path.of("../shared/datasets")), "needs the data mirror beside the checkout");
    }

    @Test
    void listShowsDataSetsAndMethods() {
        CliRunner r = CliRunner.run("compare", "--list");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        for (String id : new String[] {"chinchilla", "misfitting2025", "olmo-ladder-final", "ls-raw-lm", "huber-log-grid",
            "ls-log-grid", "tied-huber-grid", "varpro-nnls"}) {
            assertTrue(r.out().contains(id), id + " missing from\n" + r.out());
        }
        assertTrue(r.out().contains("hold out N >= 2.5e9"), r.out());
    }

    @Test
    void printsTheTableForADataSet() {
        requireMirror();
        CliRunner r = CliRunner.run("compare", "--dataset", "olmo-ladder-final", "--methods", "varpro-nnls,ls-raw-lm",
                "--bootstrap", "10", "--threads", "1");
        assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
        String out = r.out();
        assertTrue(out.contains("split: 20 runs fitted (4 model sizes"), out);
        assertTrue(out.contains("5 runs held out (1 model size, N 3.17e9"), out);
        assertTrue(out.contains("mean |rel err|"), out);
        assertTrue(out.contains("Bootstrap 95% intervals"), out);
        assertTrue(out.contains("Relative error of each held-out run"), out);
        assertTrue(out.contains("each refitted once from the method's fit"), out);
        // Both methods minimise the raw-loss sum of squares: the same optimum, the same held-out errors.
        assertEquals(r.heldOutErrors("varpro-nnls"), r.heldOutErrors("ls-raw-lm"));
        assertTrue(out.contains("wall time:"), out);
    }

    @Test
    void simdKernelPrintsTheExactKernelsErrors() {
        requireMirror();
        String[] errors = new String[2];
        String[] kernels = {"exact", "simd"};
        for (int k = 0; k < 2; k++) {
            CliRunner r = CliRunner.run("compare", "--dataset", "chinchilla", "--methods", "huber-log-grid",
                    "--bootstrap", "0", "--threads", "1", "--kernel", kernels[k]);
            assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
            errors[k] = r.heldOutErrors("huber-log-grid");
            assertEquals(k == 1, r.out().contains("SIMD kernel"), r.out());
        }
        assertEquals(errors[0], errors[1]);
        CliRunner bad = CliRunner.run("compare", "--dataset", "chinchilla", "--kernel", "gpu");
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("--kernel must be exact or simd: gpu"), bad.err());
        CliRunner unused = CliRunner.run("compare", "--dataset", "chinchilla", "--methods", "varpro-nnls",
                "--kernel", "simd");
        assertEquals(ExitCodes.BAD_INPUT, unused.exitCode(), unused.err());
        assertTrue(unused.err().contains("--kernel simd applies to huber-log-grid"), unused.err());
    }

    @Test
    void printsJsonWithTargetsAndIntervals() {
        requireMirror();
        CliRunner r = CliRunner.run("compare", "--dataset", "olmo-ladder-final", "--methods", "varpro-nnls",
                "--bootstrap", "4", "--full-grid-bootstrap", "--format", "json", "--threads", "2");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("{"), out);
        assertTrue(out.contains("\"dataset\": \"olmo-ladder-final\""), out);
        assertTrue(out.contains("\"mode\": \"full-grid\""), out);
        assertTrue(out.contains("\"held_out_runs\": 5"), out);
        assertEquals(5, count(out, "\"relative_error\""));
        assertTrue(out.contains("\"standard_error\""), out);
        assertTrue(out.contains("\"not_converged\": 0"), out);
        assertTrue(out.contains("\"wall_seconds\""), out);
    }

    @Test
    void badInputExitsTwo() {
        CliRunner unknown = CliRunner.run("compare", "--dataset", "nope");
        assertEquals(ExitCodes.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown data set 'nope'; data sets: chinchilla"), unknown.err());
        CliRunner missing = CliRunner.run("compare");
        assertEquals(ExitCodes.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("--dataset ID is required"), missing.err());
        CliRunner method = CliRunner.run("compare", "--dataset", "chinchilla", "--methods", "magic");
        assertEquals(ExitCodes.BAD_INPUT, method.exitCode());
        assertTrue(method.err().contains("unknown method 'magic'"), method.err());
        CliRunner boot = CliRunner.run("compare", "--dataset", "chinchilla", "--bootstrap", "1");
        assertEquals(ExitCodes.BAD_INPUT, boot.exitCode());
        CliRunner holdout = CliRunner.run("compare", "--dataset", "chinchilla", "--holdout-from", "-3");
        assertEquals(ExitCodes.BAD_INPUT, holdout.exitCode());
        assertTrue(holdout.err().contains("--holdout-from expects"), holdout.err());
    }

    @Test
    void shortSizeLabels() {
        assertEquals("2.5e9", CompareCommand.size(2.5e9));
        assertEquals("5e8", CompareCommand.size(5e8));
        assertEquals("3.17e9", CompareCommand.size(3169537280.0));
        assertEquals("1e10", CompareCommand.size(9.999e9));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
