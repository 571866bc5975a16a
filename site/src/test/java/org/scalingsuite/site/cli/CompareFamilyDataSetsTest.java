package org.scalingsuite.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code compare} on the data sets the reproduction modules contribute through ServiceLoader (the over-training
 * testbed per training set, the Hitchhiker families OPT, GPT-3 and Pythia): {@code --list} shows them with their
 * splits and each family's loss, and {@code compare --dataset hitchhiker-opt} and
 * {@code --dataset overtraining-rpj} print the table with the expected split. Runs the two fast methods.
 */
class CompareFamilyDataSetsTest {

    private static void requireMirror() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("../../shared/datasets"))
                || Files.isDirectory(Path.of("../shared/datasets")), "needs the data mirror beside the checkout");
    }

    @Test
    void listShowsTheModuleDataSets() {
        CliRunner r = CliRunner.run("compare", "--list");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        for (String id : new String[] {"overtraining-rpj", "overtraining-c4", "overtraining-rw", "hitchhiker-opt",
            "hitchhiker-gpt3", "hitchhiker-pythia"}) {
            assertTrue(r.out().contains(id), id + " missing from\n" + r.out());
        }
        assertTrue(r.out().contains("hold out N >= 1e9"), r.out());
        assertTrue(r.out().contains("hold out N >= 1e11"), r.out());
        assertTrue(r.out().contains("hold out N >= 1e10"), r.out());
        assertTrue(r.out().contains("PERPLEXITY, raw"), r.out());
    }

    @Test
    void comparesOnTheOptCheckpoints() {
        requireMirror();
        CliRunner r = CliRunner.run("compare", "--dataset", "hitchhiker-opt", "--methods", "varpro-nnls,ls-raw-lm",
                "--bootstrap", "10", "--threads", "1");
        assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
        String out = r.out();
        assertTrue(out.contains("split: 101 runs fitted (5 model sizes, N 1.25e8 to 3e10)"), out);
        assertTrue(out.contains("29 runs held out (1 model size, N 1.75e11"), out);
        assertTrue(out.contains("data: OPT: 6 models, 142 checkpoints loaded"), out);
        assertTrue(out.contains("Relative error of each held-out run"), out);
        // Both methods minimise the raw-loss sum of squares: the same optimum, the same held-out errors.
        assertEquals(r.heldOutErrors("varpro-nnls"), r.heldOutErrors("ls-raw-lm"));
    }

    @Test
    void comparesOnTheRedPajamaRunsAsJson() {
        requireMirror();
        CliRunner r = CliRunner.run("compare", "--dataset", "overtraining-rpj", "--methods", "varpro-nnls",
                "--bootstrap", "0", "--format", "json", "--threads", "1");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.contains("\"dataset\": \"overtraining-rpj\""), out);
        assertTrue(out.contains("\"fitted_runs\": 32"), out);
        assertTrue(out.contains("\"held_out_runs\": 3"), out);
    }
}
