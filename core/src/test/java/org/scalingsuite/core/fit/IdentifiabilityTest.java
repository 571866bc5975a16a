package org.scalingsuite.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.core.law.Law;
import org.scalingsuite.core.testing.ChinchillaData;

/**
 * Identifiability at a fit: the Chinchilla law on a grid of model sizes and token counts is identified
 * (ill-conditioned but not singular); with a single model size E, A and alpha cannot be told apart; a
 * parameter whose regressor is zero on every row (an annealing term on a constant learning-rate run) affects
 * no prediction.
 */
class IdentifiabilityTest {

    @Test
    void chinchillaOnAGridIsIdentified() {
        Observations data = ChinchillaData.grid(ChinchillaData.EPOCH, 7);
        Identifiability id = Identifiability.at(ChinchillaLaw.instance(), data, ChinchillaData.EPOCH);
        assertTrue(id.identified(), id::toString);
        assertTrue(id.warnings().isEmpty());
        assertTrue(id.condition() > 10 && id.condition() < 1 / Identifiability.SINGULAR, id::toString);
    }

    @Test
    void oneModelSizeConfoundsTheModelSizeTermWithTheFloor() {
        double[] p = ChinchillaData.EPOCH;
        int n = 12;
        double[] params = new double[n];
        double[] tokens = new double[n];
        double[] loss = new double[n];
        for (int i = 0; i < n; i++) {
            params[i] = 1e9;
            tokens[i] = 1e10 * Math.pow(1.5, i);
            loss[i] = ChinchillaLaw.instance().predict(new double[] {params[i], tokens[i]}, p);
        }
        Observations data = Observations.of(List.of("N", "D"), new double[][] {params, tokens}, "loss", loss);
        Identifiability id = Identifiability.at(ChinchillaLaw.instance(), data, p);
        assertFalse(id.identified(), id::toString);
        assertTrue(id.confounded().containsAll(List.of("E", "A")), id::toString);
        assertFalse(id.confounded().contains("beta"), id::toString);
        assertEquals(1, id.warnings().size());
        assertTrue(id.warnings().get(0).startsWith("parameters E, A"), id.warnings().get(0));
    }

    @Test
    void aParameterWithAZeroRegressorAffectsNoPrediction() {
        Law law = new Law() {
            @Override
            public String name() {
                return "linear";
            }

            @Override
            public String formula() {
                return "y = a + b*x + c*z";
            }

            @Override
            public List<String> inputs() {
                return List.of("x", "z");
            }

            @Override
            public List<String> parameters() {
                return List.of("a", "b", "c");
            }

            @Override
            public double predict(double[] x, double[] p) {
                return p[0] + p[1] * x[0] + p[2] * x[1];
            }

            @Override
            public void gradient(double[] x, double[] p, double[] gradient) {
                gradient[0] = 1;
                gradient[1] = x[0];
                gradient[2] = x[1];
            }
        };
        double[] x = {1, 2, 3, 4, 5};
        double[] z = new double[5];
        double[] y = {3.1, 4.9, 7.2, 9.0, 11.1};
        Observations data = Observations.of(List.of("x", "z"), new double[][] {x, z}, "y", y);
        Identifiability id = Identifiability.at(law, data, new double[] {1, 2, 0.5});
        assertEquals(List.of("c"), id.unused(), id::toString);
        assertTrue(id.confounded().isEmpty(), id::toString);
        assertEquals("parameter c is not identifiable: it affects no prediction on these data", id.warnings().get(0));
    }
}
