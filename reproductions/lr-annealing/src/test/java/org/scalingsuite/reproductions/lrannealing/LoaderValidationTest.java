package org.scalingsuite.reproductions.lrannealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.lrannealing.data.LossCurve;
import org.scalingsuite.reproductions.lrannealing.data.MplPublished;
import org.scalingsuite.reproductions.lrannealing.data.MultiPowerLawCurves;
import org.scalingsuite.reproductions.lrannealing.data.TissueExample;

/**
 * The loaders of the module's three file formats (MPL loss curves, the MPL README transcription, the authors'
 * example points): columns by header name, bad values rejected with file, line, column and value, the upstream
 * 24,000-step rule applied and counted; the registered files load with their expected row counts.
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='LoaderValidationTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class LoaderValidationTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsColumnsByName() throws IOException {
        LossCurve c = MultiPowerLawCurves.read(write("c.csv", "loss,step,lr\n3.5,2176,0.0003\n3.4,2304,0.0003\n"),
                25, "constant_24000");
        assertEquals(2, c.size());
        assertEquals(2304, c.lastStep());
        assertEquals(3.4, c.finalLoss(), 0.0);
        assertEquals(0, c.rowsDropped());
    }

    @Test
    void dropsRowsAtStep24000OnlyWhenTheFileEndsThere() throws IOException {
        LossCurve c = MultiPowerLawCurves.read(
                write("c.csv", "step,lr,loss\n23872,0.0003,3.3\n24000,0.0003,3.29\n"), 25, "constant_24000");
        assertEquals(1, c.size());
        assertEquals(2, c.rowsRead());
        assertEquals(1, c.rowsDropped());
        assertEquals(3, MultiPowerLawCurves.dropFinalStep(new int[] {1, 2, 23999}));
        assertEquals(2, MultiPowerLawCurves.dropFinalStep(new int[] {1, 2, 24000}));
    }

    @Test
    void rejectsBadValuesWithLineAndColumn() throws IOException {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> MultiPowerLawCurves.read(
                write("c.csv", "step,lr,loss\n2176,0.0003,3.5\n2304,-0.0003,3.4\n"), 25, "constant_24000"));
        assertEquals(3, e.line());
        assertEquals("lr", e.column());
        assertEquals("-0.0003", e.value());
        e = assertThrows(InvalidDataException.class, () -> MultiPowerLawCurves.read(
                write("d.csv", "step,lr,loss\n2304,0.0003,3.5\n2176,0.0003,3.4\n"), 25, "constant_24000"));
        assertEquals("step", e.column());
        assertTrue(e.getMessage().contains("increase"), e.getMessage());
        e = assertThrows(InvalidDataException.class, () -> MultiPowerLawCurves.read(
                write("e.csv", "step,lr,loss\n2176.5,0.0003,3.5\n"), 25, "constant_24000"));
        assertEquals("step", e.column());
        e = assertThrows(InvalidDataException.class, () -> MultiPowerLawCurves.read(
                write("f.csv", "step,LR,loss\n2176,0.0003,3.5\n"), 25, "constant_24000"));
        assertEquals("lr", e.column());
        e = assertThrows(InvalidDataException.class, () -> TissueExample.read(
                write("g.csv", "schedule,step,loss\nwsd,1000,3.6\n")));
        assertEquals("schedule", e.column());
        assertEquals("wsd", e.value());
        e = assertThrows(InvalidDataException.class, () -> MplPublished.read(write("h.csv",
                "model,L0,A,alpha,B,C,beta,gamma,test_R2,test_MAE,test_RMSE,test_PredE,test_WorstE\n"
                        + "7B,1,1,1,1,1,1,1,0.9,0.1,0.1,0.1,0.1\n")));
        assertEquals("model", e.column());
    }

    @Test
    void registeredFilesLoad() {
        DatasetStore store = DatasetStore.standard();
        assertEquals(40, TissueExample.load(store).size());
        assertEquals(3, MplPublished.load(store).size());
        assertEquals(546, MultiPowerLawCurves.load(store, 400, "cosine_72000").size());
        assertEquals(0, MultiPowerLawCurves.load(store, 400, "constant_24000").rowsDropped());
    }
}
