package org.scalingsuite.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code datasets verify} checks every registered file in the mirror; {@code datasets list} lists them. */
class DatasetsCommandTest {

    @Test
    void verifyFindsEveryFileInTheMirror() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("../../shared/datasets"))
                || Files.isDirectory(Path.of("../shared/datasets")), "needs the data mirror beside the checkout");
        CliRunner r = CliRunner.run("datasets", "verify");
        assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("0 missing or different"), r.out());
    }

    @Test
    void listNamesTheDatasets() {
        CliRunner r = CliRunner.run("datasets", "list");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().contains("chinchilla"));
        assertTrue(r.out().contains("epoch-research/analyzing-chinchilla"));
    }
}
