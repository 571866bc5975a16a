package org.scalingsuite.reproductions.flp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The FLP-M stage-2 network trainer on synthetic data: it learns a smooth nonlinear map of two inputs far
 * better than a constant, is deterministic for a fixed seed, and depends on the seed.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='NetworkTrainerTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class NetworkTrainerTest {

    private static double truth(double a, double b) {
        return 0.9 - 0.3 * a + 0.1 * Math.max(0, b - 1.5);
    }

    private static double[][] inputs(int n) {
        Random random = new Random(3);
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            x[i][0] = 2.5 + random.nextDouble();
            x[i][1] = 1 + random.nextDouble();
        }
        return x;
    }

    @Test
    void learnsANonlinearMapOfTwoLosses() {
        double[][] x = inputs(400);
        double[] y = new double[x.length];
        double mean = 0;
        for (int i = 0; i < y.length; i++) {
            y[i] = truth(x[i][0], x[i][1]);
            mean += y[i] / y.length;
        }
        double variance = 0;
        for (double v : y) {
            variance += (v - mean) * (v - mean) / y.length;
        }
        NetworkTrainer.Result r = NetworkTrainer.withDefaults().fit(x, y);
        assertTrue(r.trainingMse() < 0.01 * variance, "MSE " + r.trainingMse() + " vs variance " + variance);
        assertEquals(truth(3.0, 1.8), r.network().predict(3.0, 1.8), 0.01);
    }

    @Test
    void isDeterministicForAFixedSeedAndDependsOnIt() {
        double[][] x = inputs(100);
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = truth(x[i][0], x[i][1]);
        }
        NetworkTrainer trainer = NetworkTrainer.withDefaults().withStarts(2).withMaxIterations(50);
        assertEquals(trainer.fit(x, y), trainer.fit(x, y));
        assertTrue(!trainer.fit(x, y).network().equals(trainer.withSeed(1).fit(x, y).network()));
    }
}
