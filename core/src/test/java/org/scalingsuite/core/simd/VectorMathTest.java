package org.scalingsuite.core.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/*
 * Measures the error of the SIMD exp and log (VectorMath) in ulp against StrictMath (fdlibm, within 1 ulp of
 * the true value) over their whole domains: exp on [-708, 708] and log on the positive normal doubles, by
 * 400,000 seeded random arguments each plus the edges (0, 1, powers of two, the domain's ends, arguments
 * next to 0 and to 1), each set computed in one call. Bound: 2 ulp of StrictMath (measured: 2 for exp, whose
 * Estrin evaluation rounds a little more than Horner's, and 1 for log). Exact points: exp 0 = 1, log 1 = 0.
 */
class VectorMathTest {

    private static final int LANES = VectorMath.LANES;

    /** @return the largest error, in ulp of the reference, over the arguments, all computed in one call. */
    private static double maxUlpError(double[] args, UnaryOperator<double[]> simd, DoubleUnaryOperator reference) {
        double[] actual = simd.apply(args);
        double worst = 0;
        for (int i = 0; i < args.length; i++) {
            double x = args[i];
            double expected = reference.applyAsDouble(x);
            double value = actual[i];
            assertTrue(Double.isFinite(value), () -> "not finite at " + x + ": " + value);
            worst = Math.max(worst, Math.abs(value - expected) / Math.ulp(expected));
        }
        return worst;
    }

    /** @return e^x of each element (padded to whole vectors with zeros, which the results then drop). */
    private static double[] exp(double[] x) {
        double[] padded = padded(x, 0);
        double[] out = new double[padded.length];
        VectorMath.expAffine(padded, 0, 1, out, padded.length);
        return Arrays.copyOf(out, x.length);
    }

    /** @return log x of each element (padded with ones). */
    private static double[] log(double[] x) {
        double[] padded = padded(x, 1);
        double[] out = new double[padded.length];
        VectorMath.log(padded, out, padded.length);
        return Arrays.copyOf(out, x.length);
    }

    private static double[] padded(double[] x, double filler) {
        double[] padded = Arrays.copyOf(x, (x.length + LANES - 1) / LANES * LANES);
        Arrays.fill(padded, x.length, padded.length, filler);
        return padded;
    }

    private static double exp(double x) {
        return exp(new double[] {x})[0];
    }

    private static double log(double x) {
        return log(new double[] {x})[0];
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
        double[] x = {-3.5, 0.25, 11, 700, 1e-3, -700, 2, 0};
        double[] e = exp(x);
        double[] l = log(e);
        for (int j = 0; j < x.length; j++) {
            assertEquals(exp(x[j]), e[j], 0.0);
            // exp's 2 ulp are a relative error of 2^-51, which log turns into an absolute one; log adds 1 ulp.
            assertEquals(x[j], l[j], 0x1p-51 + Math.ulp(x[j]));
        }
    }

    @Test
    void theAffineArgumentIsOneFusedMultiplyAdd() {
        double[] x = {18.2, 20.5, 23.9, 25.1};
        double c = 6.5;
        double slope = -0.34;
        double[] out = new double[LANES];
        VectorMath.expAffine(x, c, slope, out, LANES);
        for (int j = 0; j < LANES; j++) {
            assertEquals(exp(Math.fma(x[j], slope, c)), out[j], 0.0);
        }
    }
}
