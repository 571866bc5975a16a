package org.scalingsuite.datasets.comparison;

// The (Mis)Fitting sweep's last checkpoints: 261 runs of 11 sizes; keeping the lowest loss over learning rates
// per (N, D) leaves 81 points, each the minimum of its group, and the note counts the 180 runs not used.
// A run not at the end of its schedule is rejected with line and column. Mirror tests skip without the mirror.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.compare.RunSet;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;

class MisfittingSweepTest {

    @TempDir
    Path cache;
    @TempDir
    Path work;

    @Test
    void keepsTheBestLearningRatePerSizeAndTokens() {
        List<MisfittingRun> all = MisfittingSweep.load(MirrorStore.of(cache));
        assertEquals(261, all.size());
        assertEquals(11, all.stream().mapToDouble(MisfittingRun::n).distinct().count());
        List<MisfittingRun> best = MisfittingSweep.bestOverLearningRates(all);
        assertEquals(81, best.size());
        for (MisfittingRun b : best) {
            double min = all.stream().filter(r -> r.n() == b.n() && r.d() == b.d()).mapToDouble(MisfittingRun::loss)
                    .min().orElseThrow();
            assertEquals(min, b.loss());
        }
        RunSet set = MisfittingSweep.runSet(MirrorStore.of(cache));
        assertEquals(81, set.runs().size());
        assertTrue(set.notes().get(0).contains("261 runs -> 81 points (180 runs"), set.notes().toString());
    }

    @Test
    void rejectsARunNotAtTheEndOfItsSchedule() throws IOException {
        Path file = work.resolve("sweep.csv");
        Files.writeString(file, "loss,N,N_no_emb,D,portion_steps_elapsed,model,peak_lr\n"
                + "3.2,93940416,35842752,16777216000,1.0,misfitting_35m,0.002\n"
                + "3.4,93940416,35842752,8388608000,0.5,misfitting_35m,0.002\n");
        DataStore store = (dataset, f) -> file;
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> MisfittingSweep.load(store));
        assertEquals(3, e.line());
        assertEquals("portion_steps_elapsed", e.column());
        assertEquals("0.5", e.value());
    }
}
