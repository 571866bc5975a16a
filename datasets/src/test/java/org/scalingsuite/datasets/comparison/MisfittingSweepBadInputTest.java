package org.scalingsuite.datasets.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingsuite.core.compare.RunSet;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.datasets.testing.BadInput;
import org.scalingsuite.datasets.testing.MirrorCopy;

/**
 * The bad-input matrix of {@link MisfittingSweep}, on the mirror's {@code scaling_results_last_ckpt_only.csv}:
 * each case edits the file (missing, empty, a column dropped or miscased, an extra field, a cell that is not a
 * number, NaN, an infinity, a negative or zero count, a run not at the end of its schedule, a byte that is not
 * UTF-8), loads it through a data store over the edited copy, and expects an {@link InvalidDataException}
 * naming the file, line, column and value. A repeated row is the exception, as the released file has eight
 * (repeats in every column read): they are kept, never used, and counted in the comparison notes.
 * Run: {@code mvn -B -o -pl datasets -am verify -Dtest='MisfittingSweepBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class MisfittingSweepBadInputTest {

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        return BadInput.Csv.of(MisfittingSweep.DATASET, MisfittingSweep.FILE).structure(2, "loss").numeric(2, "loss")
                .numeric(3, "D").positive(2, "N").positive(3, "D").positive(4, "peak_lr").positive(5, "loss")
                .cell("mid-schedule", 2, "portion_steps_elapsed", "0.5").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> MisfittingSweep.load(store)));
    }

    @Test
    void theReleasedRepeatIsCounted() {
        MirrorCopy store = new MirrorCopy(dir);
        List<MisfittingRun> all = MisfittingSweep.load(store);
        assertEquals(List.of(161L, 163L, 164L, 170L, 173L, 178L, 183L, 190L),
                MisfittingSweep.repeats(all).stream().map(MisfittingRun::line).toList());
        RunSet set = MisfittingSweep.runSet(store);
        assertEquals("8 of the runs repeat an earlier run in every column read (lines 161, 163, 164, 170, 173, 178, "
                + "183, 190); each is among the runs not used", set.notes().get(2));
    }

    @Test
    void aRepeatedRowIsCountedAndNotUsed() {
        MirrorCopy store = new MirrorCopy(dir);
        List<List<String>> records = MirrorCopy.csv(MisfittingSweep.DATASET, MisfittingSweep.FILE);
        records.add(2, records.get(1));
        store.writeCsv(MisfittingSweep.DATASET, MisfittingSweep.FILE, records);
        List<MisfittingRun> all = MisfittingSweep.load(store);
        assertEquals(262, all.size());
        List<Long> repeats = MisfittingSweep.repeats(all).stream().map(MisfittingRun::line).toList();
        assertEquals(9, repeats.size());
        assertEquals(3L, repeats.get(0));
        assertTrue(MisfittingSweep.bestOverLearningRates(all).stream().noneMatch(r -> repeats.contains(r.line())));
        assertEquals(81, MisfittingSweep.runSet(store).runs().size());
    }
}
