package org.scalingsuite.reproductions.hitchhiker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.datasets.store.DatasetStore;

/**
 * The public entry point of the 511-fit reference protocol (used by the JMH benchmark): its run agrees with the
 * numpy/scipy reference ({@code derived/reference_numpy_scipy.csv}: equal point counts for every fit, ARE within
 * 0.02 pp for the well-posed ones), and the check fails when one fit's ARE is moved by 0.05 pp or a fit is
 * missing.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='ReferenceProtocolTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ReferenceProtocolTest {

    @Test
    void runsTheReproductionsTasksAndAgreesWithTheReference() {
        DatasetStore store = DatasetStore.standard();
        ReferenceProtocol protocol = ReferenceProtocol.load(store);
        assertEquals(511, protocol.tasks().size());
        List<CellResult> cells = protocol.run(2);
        ReferenceProtocol.Agreement agreement = ReferenceProtocol.check(cells, store);
        assertTrue(agreement.agrees(), () -> String.join("\n", agreement.differences()));
        assertEquals(511, agreement.fits());
        assertTrue(agreement.compared() > 300, "well-posed fits compared: " + agreement.compared());
        assertTrue(agreement.worst() <= ReferenceProtocol.TOLERANCE_PP, "worst " + agreement.worst());

        List<CellResult> moved = new ArrayList<>(cells);
        int i = 0;
        while (!ReferenceProtocol.wellPosed(moved.get(i))) {
            i++;
        }
        CellResult c = moved.get(i);
        moved.set(i, new CellResult(c.experiment(), c.family(), c.train(), c.target(), c.parameter(), c.trainPoints(),
                c.testPoints(), c.are() + 0.05, c.fitted(), c.converged(), c.detail()));
        assertFalse(ReferenceProtocol.check(moved, store).agrees());
        assertFalse(ReferenceProtocol.check(cells.subList(1, cells.size()), store).agrees());
    }
}
