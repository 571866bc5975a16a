package org.scalingsuite.core.optim.lbfgsb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/*
 * Checks the optimizer's configuration: the defaults are scipy's minimize(method="L-BFGS-B") defaults (scipy
 * 1.17 documentation: maxcor=10, ftol=2.220446049250313e-09 i.e. factr 1e7 times machine epsilon, gtol=1e-05,
 * maxiter=15000, maxfun=15000, maxls=20), the with... methods return modified copies and leave the original
 * unchanged, and invalid settings are rejected.
 */
class LbfgsbConfigurationTest {

    @Test
    void defaultsAreScipys() {
        LbfgsbOptimizer d = LbfgsbOptimizer.withDefaults();
        assertEquals(10, d.memory());
        assertEquals(2.220446049250313e-9, d.ftol(), 0.0, "ftol = 1e7 * 2.220446049250313e-16, bit for bit");
        assertEquals(1e-5, d.gtol(), 0.0);
        assertEquals(15_000, d.maxIterations());
        assertEquals(15_000, d.maxEvaluations());
        assertEquals(20, d.maxLineSearchSteps());
        assertEquals(LbfgsbOptimizer.DEFAULT_FTOL, d.ftol(), 0.0);
    }

    @Test
    void withCopiesChangeOneSettingAndLeaveTheOriginalAlone() {
        LbfgsbOptimizer base = LbfgsbOptimizer.withDefaults();

        LbfgsbOptimizer m = base.withMemory(5);
        LbfgsbOptimizer f = base.withFtol(1e-12);
        LbfgsbOptimizer g = base.withGtol(1e-8);
        LbfgsbOptimizer it = base.withMaxIterations(7);
        LbfgsbOptimizer ev = base.withMaxEvaluations(9);
        LbfgsbOptimizer ls = base.withMaxLineSearchSteps(3);

        assertSettings(base, 10, 2.220446049250313e-9, 1e-5, 15_000, 15_000, 20);
        assertSettings(m, 5, 2.220446049250313e-9, 1e-5, 15_000, 15_000, 20);
        assertSettings(f, 10, 1e-12, 1e-5, 15_000, 15_000, 20);
        assertSettings(g, 10, 2.220446049250313e-9, 1e-8, 15_000, 15_000, 20);
        assertSettings(it, 10, 2.220446049250313e-9, 1e-5, 7, 15_000, 20);
        assertSettings(ev, 10, 2.220446049250313e-9, 1e-5, 15_000, 9, 20);
        assertSettings(ls, 10, 2.220446049250313e-9, 1e-5, 15_000, 15_000, 3);
        assertNotSame(base, m);
        // Chained copies accumulate.
        assertSettings(base.withMemory(3).withGtol(1e-7).withMaxIterations(11), 3, 2.220446049250313e-9, 1e-7, 11,
                15_000, 20);
    }

    @Test
    void invalidSettingsAreRejected() {
        LbfgsbOptimizer base = LbfgsbOptimizer.withDefaults();
        assertThrows(IllegalArgumentException.class, () -> base.withMemory(0));
        assertThrows(IllegalArgumentException.class, () -> base.withFtol(-1e-9));
        assertThrows(IllegalArgumentException.class, () -> base.withFtol(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> base.withGtol(-1));
        assertThrows(IllegalArgumentException.class, () -> base.withMaxIterations(0));
        assertThrows(IllegalArgumentException.class, () -> base.withMaxEvaluations(0));
        assertThrows(IllegalArgumentException.class, () -> base.withMaxLineSearchSteps(0));
    }

    private static void assertSettings(LbfgsbOptimizer o, int memory, double ftol, double gtol, int maxIterations,
            int maxEvaluations, int maxLineSearchSteps) {
        assertEquals(memory, o.memory(), "memory");
        assertEquals(ftol, o.ftol(), 0.0, "ftol");
        assertEquals(gtol, o.gtol(), 0.0, "gtol");
        assertEquals(maxIterations, o.maxIterations(), "maxIterations");
        assertEquals(maxEvaluations, o.maxEvaluations(), "maxEvaluations");
        assertEquals(maxLineSearchSteps, o.maxLineSearchSteps(), "maxLineSearchSteps");
    }
}
