package org.scalingsuite.core.reproduction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * Checks Progress.span, which maps a stage's own [0, 1] progress onto its slice [from, to] of the whole run,
 * clamping out-of-range fractions, and passes the stage name through.
 */
class ProgressTest {

    @Test
    void spanMapsAndClamps() {
        List<String> stages = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        Progress whole = (stage, fraction) -> {
            stages.add(stage);
            fractions.add(fraction);
        };
        Progress slice = whole.span(0.25, 0.75);
        slice.update("grid", 0);
        slice.update("grid", 0.5);
        slice.update("grid", 1);
        slice.update("grid", 1.5);
        slice.update("grid", -1);
        assertEquals(List.of(0.25, 0.5, 0.75, 0.75, 0.25), fractions);
        assertEquals(List.of("grid", "grid", "grid", "grid", "grid"), stages);
        Progress.silent().update("ignored", 0.3);
    }
}
