package org.scalingsuite.core.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The exponential and the natural logarithm of four doubles at a time, built from additions, fused
 * multiply-adds and bit operations only, so that every lane gets the same bits on every machine (the
 * Vector API's own {@code EXP} and {@code LOG} may differ between CPUs). Both are within 2 ulp of the
 * correctly rounded result on the domains stated below (VectorMathTest measures the error against
 * {@link StrictMath}).
 *
 * <p><b>exp</b>, for x in [-708, 708]: with {@code k = round(x / ln 2)} and {@code r = x - k ln 2} (ln 2 split
 * into a head and a tail so that r is exact to about 2^-100), {@code e^x = 2^k e^r} with {@code |r| <= ln 2 / 2}.
 * e^r is a degree-11 polynomial, a Chebyshev fit on [-ln 2 / 2, ln 2 / 2] with relative error 4.2e-18,
 * evaluated by Estrin's scheme (depth 4 instead of Horner's 11); its first two coefficients are 1. k is
 * rounded by adding 1.5 * 2^52, whose low bits then hold k; shifted into the exponent field and added to the
 * bits of e^r, they multiply it by 2^k exactly. Outside [-708, 708] the result is not
 * defined: callers check their range first.
 *
 * <p><b>log</b>, for positive normal x: {@code x = 2^k z} with z in [sqrt(1/2), sqrt(2)), found on the bits;
 * then with {@code f = z - 1} and {@code s = f / (2 + f)},
 * {@code log z = 2 atanh(s) = f - (f^2/2 - s (f^2/2 + R))}, where {@code R = s^2 P(s^2)} and P is a degree-6
 * Chebyshev fit of {@code (2 atanh(s)/s - 2) / s^2} on {@code s^2 <= (3 - 2 sqrt 2)^2} (error 3.1e-16 in P,
 * which R scales by s^2 <= 0.0295); finally {@code log x = k ln2_hi - ((f^2/2 - (s (f^2/2 + R) + k ln2_lo)) - f)}.
 * This is the reduction of Sun's fdlibm {@code __ieee754_log}; the coefficients are our own fit.
 * Zero, negative, subnormal, infinite and NaN inputs are not handled: callers check their range first.
 *
 * <p>Both work on arrays, four elements per step: a method that takes or returns a vector costs an
 * allocation per call whenever the JIT does not inline it, so no vector crosses a method boundary here.
 *
 * <p>References: W. J. Cody, W. Waite, "Software Manual for the Elementary Functions", Prentice-Hall, 1980
 * (argument reduction); J.-M. Muller, "Elementary Functions: Algorithms and Implementation", 3rd ed.,
 * Birkhauser, 2016, ch. 5 and 11 (polynomial evaluation, range reduction); P. T. P. Tang, "Table-driven
 * implementation of the logarithm function in IEEE floating-point arithmetic", ACM TOMS 16(4), 1990.
 */
final class VectorMath {

    /** Four doubles: the lane count, and so the summation order, is the same on every machine. */
    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;
    static final int LANES = 4;

    /** The exp domain: every argument must lie in [-EXP_LIMIT, EXP_LIMIT]. */
    static final double EXP_LIMIT = 708;

    private static final DoubleVector LOG2_E = constant(0x1.71547652b82fep0);
    /** 1.5 * 2^52: adding it rounds to an integer held in the low bits of the sum. */
    private static final DoubleVector ROUNDER = constant(0x1.8p52);
    private static final DoubleVector MINUS_LN2_HEAD = constant(-0x1.62e42fefa39efp-1);
    private static final DoubleVector MINUS_LN2_TAIL = constant(-0x1.abc9e3b39803fp-56);
    private static final DoubleVector E2 = constant(0x1.0000000000011p-1);
    private static final DoubleVector E3 = constant(0x1.555555555555ap-3);
    private static final DoubleVector E4 = constant(0x1.555555554f0bap-5);
    private static final DoubleVector E5 = constant(0x1.111111110f21ep-7);
    private static final DoubleVector E6 = constant(0x1.6c16c1880029fp-10);
    private static final DoubleVector E7 = constant(0x1.a01a01b1461c5p-13);
    private static final DoubleVector E8 = constant(0x1.a01991a10d9aep-16);
    private static final DoubleVector E9 = constant(0x1.71ddf56d8deb5p-19);
    private static final DoubleVector E10 = constant(0x1.28b4101c77212p-22);
    private static final DoubleVector E11 = constant(0x1.af632a0f7e2cep-26);

    /** The bits of sqrt(1/2): subtracting them puts the mantissa's split point at sqrt(2). */
    private static final long SQRT_HALF_BITS = 0x3fe6a09e667f3bcdL;
    private static final long EXPONENT_MASK = 0xfff0000000000000L;
    /** 1024 * 2^52: keeps k + 1024 positive in the top 12 bits, so a logical shift extracts it. */
    private static final long EXPONENT_OFFSET = 0x4000000000000000L;
    /** The bits of 2^52: or-ing a small integer j into them gives the double 2^52 + j. */
    private static final long TWO_52_BITS = 0x4330000000000000L;
    private static final DoubleVector TWO_52_PLUS_OFFSET = constant(0x1p52 + 1024);
    private static final DoubleVector ONE = constant(1);
    private static final DoubleVector TWO = constant(2);
    private static final DoubleVector HALF = constant(0.5);
    private static final DoubleVector LN2_HEAD = constant(6.93147180369123816490e-01);
    private static final DoubleVector LN2_TAIL = constant(1.90821492927058770002e-10);
    private static final DoubleVector P0 = constant(0x1.5555555555558p-1);
    private static final DoubleVector P1 = constant(0x1.99999999952d7p-2);
    private static final DoubleVector P2 = constant(0x1.2492492df281ap-2);
    private static final DoubleVector P3 = constant(0x1.c71c62e3f11e6p-3);
    private static final DoubleVector P4 = constant(0x1.7462b51cb66b1p-3);
    private static final DoubleVector P5 = constant(0x1.39fe51a7c18f9p-3);
    private static final DoubleVector P6 = constant(0x1.2b5900de53b32p-3);

    private VectorMath() {
    }

    static DoubleVector constant(double c) {
        return DoubleVector.broadcast(SPECIES, c);
    }

    /**
     * {@code out[i] = e^(c + slope x[i])} for {@code i < length}, a multiple of {@link #LANES}; every argument
     * must lie in [-708, 708]. The argument {@code c + slope x[i]} is one fused multiply-add.
     */
    static void expAffine(double[] x, double c, double slope, double[] out, int length) {
        DoubleVector cv = constant(c);
        DoubleVector slopev = constant(slope);
        for (int i = 0; i < length; i += LANES) {
            DoubleVector arg = DoubleVector.fromArray(SPECIES, x, i).fma(slopev, cv);
            // k = round(arg / ln 2), also held in the low bits of shifted; r = arg - k ln 2.
            DoubleVector shifted = arg.fma(LOG2_E, ROUNDER);
            DoubleVector k = shifted.sub(ROUNDER);
            DoubleVector r = k.fma(MINUS_LN2_TAIL, k.fma(MINUS_LN2_HEAD, arg));
            // e^r by Estrin's scheme (the first two coefficients are 1: 1 + r is an addition).
            DoubleVector r2 = r.mul(r);
            DoubleVector r4 = r2.mul(r2);
            DoubleVector r8 = r4.mul(r4);
            DoubleVector low = r.fma(E3, E2).fma(r2, r.add(ONE));
            DoubleVector middle = r.fma(E7, E6).fma(r2, r.fma(E5, E4));
            DoubleVector high = r.fma(E11, E10).fma(r2, r.fma(E9, E8));
            DoubleVector expR = high.fma(r8, middle.fma(r4, low));
            // times 2^k: k added to the exponent field (e^r is in [0.7, 1.5] and the result is normal).
            expR.reinterpretAsLongs().add(shifted.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52))
                    .reinterpretAsDoubles().intoArray(out, i);
        }
    }

    /**
     * {@code out[i] = log x[i]} for {@code i < length}, a multiple of {@link #LANES}; every x[i] must be a
     * positive normal double.
     */
    static void log(double[] x, double[] out, int length) {
        for (int i = 0; i < length; i += LANES) {
            LongVector bits = DoubleVector.fromArray(SPECIES, x, i).reinterpretAsLongs();
            // x = 2^k z with z in [sqrt(1/2), sqrt(2)), from the bits.
            LongVector shifted = bits.sub(SQRT_HALF_BITS);
            DoubleVector k = shifted.add(EXPONENT_OFFSET).lanewise(VectorOperators.LSHR, 52).or(TWO_52_BITS)
                    .reinterpretAsDoubles().sub(TWO_52_PLUS_OFFSET);
            DoubleVector z = bits.sub(shifted.and(EXPONENT_MASK)).reinterpretAsDoubles();
            DoubleVector f = z.sub(ONE);
            DoubleVector s = f.div(f.add(TWO));
            DoubleVector halfSquare = f.mul(f).mul(HALF);
            DoubleVector w = s.mul(s);
            DoubleVector w2 = w.mul(w);
            DoubleVector p = w2.fma(w2.fma(w2.fma(P6, w.fma(P5, P4)), w.fma(P3, P2)), w.fma(P1, P0));
            DoubleVector correction = s.fma(halfSquare.add(w.mul(p)), k.mul(LN2_TAIL));
            k.fma(LN2_HEAD, f.sub(halfSquare.sub(correction))).intoArray(out, i);
        }
    }
}
