package org.scalingsuite.core.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.Test;

/*
 * Measures the error of the SIMD exp and log (VectorMath) in ulp against StrictMath (fdlibm, within 1 ulp of
 * the true value) over their whole domains: exp on [-708, 708] and log on the positive normal doubles, by
 * 400,000 seeded random arguments each plus the edges (0, 1, powers of two, the domain's ends, arguments
 * next to 0 and to 1). Bound: 2 ulp of StrictMath (measured: 2 for exp, whose Estrin evaluation rounds a
 * little more than Horner's, and 1 for log). Exact points: exp 0 = 1, log 1 = 0.
 */
class VectorMathTest {

    private static final int LANES = VectorMath.LANES;

    /** @return the largest error, in ulp of the reference, over the arguments, four at a time. */
    private static double maxUlpError(double[] args, DoubleUnaryOperator simd, DoubleUnaryOperator reference) {
        double worst = 0;
        for (double x : args) {
            double expected = reference.applyAsDouble(x);
            double actual = simd.applyAsDouble(x);
            double error = Math.abs(actual - expected) / Math.ulp(expected);
            assertTrue(Double.isFinite(actual), () -> "not finite at " + x + ": " + actual);
            worst = Math.max(worst, error);
        }
        return worst;
    }

    private static double exp(double x) {
        return VectorMath.exp(DoubleVector.broadcast(VectorMath.SPECIES, x)).lane(0);
    }

    private static double log(double x) {
        return VectorMath.log(DoubleVector.broadcast(VectorMath.SPECIES, x)).lane(0);
    }

    @Test
    void expIsWithinTwoUlpOnItsDomain() {
        Random rng = new Random(1);
        double[] args = new double[400_000];
        for (int i = 0; i < args.length; i++) {
            double scale = i % 4 == 0 ? 708 : i % 4 == 1 ? 1 : i % 4 == 2 ? 1e-6 : 40;
            args[i] = (2 * rng.nextDouble() - 1) * scale;
        }
        assertTrue(maxUlpError(args, VectorMathTest::exp, StrictMath::exp) <= 2);
        double[] edges = {-708, 708, -707.999, 707.999, 1e-300, -1e-300, Math.ulp(0.0), 0.5 * Math.log(2),
            -0.5 * Math.log(2), Math.log(2), 100 * Math.log(2), -1000 * Math.log(2), 1, -1};
        assertTrue(maxUlpError(edges, VectorMathTest::exp, StrictMath::exp) <= 2);
        assertEquals(1.0, exp(0.0), 0.0);
        assertEquals(1.0, exp(-0.0), 0.0);
    }

    @Test
    void logIsWithinTwoUlpOnThePositiveNormals() {
        Random rng = new Random(2);
        double[] args = new double[400_000];
        for (int i = 0; i < args.length; i++) {
            args[i] = i % 2 == 0 ? Math.scalb(1 + rng.nextDouble(), rng.nextInt(2046) - 1022)
                    : 1 + (2 * rng.nextDouble() - 1) * (i % 3 == 0 ? 1e-9 : 0.5);
        }
        assertTrue(maxUlpError(args, VectorMathTest::log, StrictMath::log) <= 2);
        double[] edges = {Double.MIN_NORMAL, Double.MAX_VALUE, 2, 0.5, Math.nextUp(1.0), Math.nextDown(1.0),
            Math.sqrt(2), Math.sqrt(0.5), Math.nextUp(Math.sqrt(2)), Math.E, 1e-300, 1e300, 1024, 0x1p-1000};
        assertTrue(maxUlpError(edges, VectorMathTest::log, StrictMath::log) <= 2);
        assertEquals(0.0, log(1.0), 0.0);
    }

    @Test
    void everyLaneIsComputedOnItsOwn() {
        double[] x = {-3.5, 0.25, 11, 700};
        double[] e = new double[LANES];
        double[] l = new double[LANES];
        DoubleVector v = DoubleVector.fromArray(VectorMath.SPECIES, x, 0);
        VectorMath.exp(v).intoArray(e, 0);
        VectorMath.log(VectorMath.exp(v)).intoArray(l, 0);
        for (int j = 0; j < LANES; j++) {
            assertEquals(exp(x[j]), e[j], 0.0);
            assertEquals(x[j], l[j], 2 * Math.ulp(x[j]));
        }
    }
}
