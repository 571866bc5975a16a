package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Table;

/**
 * Reproduces Merrill et al.'s (2025) Section 3.1-3.2 CBS measurement rule: k* is the largest tested k with
 * L_k* &lt;= L_k + epsilon for every smaller tested k (epsilon = 0.01), the interval [k* B, next k B) and its
 * geometric-mean plotted point; the "stop at first failure" reading as a named variant; EMA smoothing with
 * alpha = 0.5; square-root learning-rate scaling for Adam. Data: constructed branch tables (the paper released
 * none). Method: the pure functions CbsRule, EmaSmoother and LearningRateScaling.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='MerrillSelectionRuleTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class MerrillSelectionRuleTest {

    private static final double[] K = MerrillSection.EXAMPLE_K;
    private static final double[] NON_MONOTONE = MerrillSection.EXAMPLE_LOSS;

    @Test
    void literalAndFirstFailureReadingsDifferOnNonMonotoneLosses() {
        // 2.715 (k = 3) fails against 2.698 + 0.01, but 2.705 (k = 4) is within 0.01 of every smaller k.
        CbsEstimate literal = CbsRule.select(K, NON_MONOTONE, 0.01, 1024, CbsRule.Reading.LITERAL);
        CbsEstimate first = CbsRule.select(K, NON_MONOTONE, 0.01, 1024, CbsRule.Reading.FIRST_FAILURE);
        assertEquals(4, literal.multiplier());
        assertEquals(2, first.multiplier());
        assertEquals(4096, literal.lower());
        assertEquals(5120, literal.upper());
        assertEquals(2048, first.lower());
        assertEquals(3072, first.upper());
    }

    @Test
    void readingsAgreeOnMonotoneLosses() {
        double[] losses = {2.700, 2.701, 2.703, 2.706, 2.712, 2.725, 2.74, 2.76};
        for (CbsRule.Reading r : CbsRule.Reading.values()) {
            assertEquals(4, CbsRule.select(K, losses, 0.01, 1024, r).multiplier(), r.name());
        }
    }

    @Test
    void plottedPointIsTheGeometricMeanOfTheInterval() {
        CbsEstimate e = CbsRule.select(K, NON_MONOTONE, 1024);
        assertEquals(1024 * Math.sqrt(4 * 5), e.point(), 1e-9);
        assertEquals(4579.467217919570, e.point(), 1e-9);
        assertEquals("[4096, 5120)", e.interval());
    }

    @Test
    void largestTestedMultiplierGivesOnlyALowerBound() {
        double[] flat = {2.7, 2.7, 2.7, 2.7, 2.7, 2.7, 2.7, 2.7};
        CbsEstimate e = CbsRule.select(K, flat, 1024);
        assertEquals(8, e.multiplier());
        assertTrue(e.lowerBoundOnly());
        assertEquals(8192, e.point());
        assertEquals(">= 8192", e.interval());
    }

    @Test
    void smallestMultiplierAlwaysQualifiesAndToleranceIsInclusive() {
        double[] k = {0.5, 1, 2};
        assertEquals(0.5, CbsRule.select(k, new double[] {2.0, 2.5, 2.6}, 1024).multiplier());
        // exactly epsilon above: still within the tolerance (L_k* <= L_k + epsilon)
        assertEquals(2, CbsRule.select(k, new double[] {2.0, 2.0, 2.0 + 0.0078125}, 0.0078125, 1024,
                CbsRule.Reading.LITERAL).multiplier());
        assertEquals(1, CbsRule.select(k, new double[] {2.0, 2.0, 2.0 + 0.0078125}, 0.0078124, 1024,
                CbsRule.Reading.LITERAL).multiplier());
    }

    @Test
    void invalidTablesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CbsRule.select(new double[] {1, 1}, new double[] {2, 2},
                1024));
        assertThrows(IllegalArgumentException.class, () -> CbsRule.select(new double[] {1, 2}, new double[] {2},
                1024));
        assertThrows(IllegalArgumentException.class, () -> CbsRule.select(new double[] {1, 2},
                new double[] {2, Double.NaN}, 1024));
        assertThrows(IllegalArgumentException.class, () -> CbsRule.select(new double[0], new double[0], 1024));
    }

    @Test
    void reportShowsBothReadingsOnTheConstructedTable() {
        Table t = CriticalBatchSizeReportFixture.report().table("merrill-rule-example");
        assertEquals(4, t.rows().get(0).get(1).number());
        assertEquals(2, t.rows().get(1).get(1).number());
    }

    @Test
    void emaWithHalfWeightSeededByTheFirstValue() {
        assertEquals(0.5, EmaSmoother.ALPHA);
        assertArrayEquals(new double[] {4, 3, 2.5, 3.25}, EmaSmoother.smooth(new double[] {4, 2, 2, 4}, 0.5), 1e-15);
        assertEquals(3.25, EmaSmoother.last(new double[] {4, 2, 2, 4}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> EmaSmoother.smooth(new double[] {1}, 0));
    }

    @Test
    void squareRootScalingForAdamLinearForSgd() {
        assertEquals(3e-4 * 2, LearningRateScaling.ADAM.scale(3e-4, 4), 1e-18);
        assertEquals(3e-4 * 4, LearningRateScaling.SGD.scale(3e-4, 4), 1e-18);
        assertEquals(Math.sqrt(0.0625), LearningRateScaling.ADAM.factor(1.0 / 16), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> LearningRateScaling.ADAM.factor(0));
    }

    @Test
    void epsilonIsTheTransferredConstant() {
        assertEquals(0.01, CbsRule.EPSILON);
    }

    @Test
    void curvesAreSmoothedBeforeTheRuleIsApplied() {
        // k = 2's last logged loss is a spike (2.75) but its smoothed value 2.71 stays within 0.01 of k = 1's 2.705.
        double[][] curves = {{2.72, 2.70, 2.70}, {2.70, 2.64, 2.75}, {2.80, 2.78, 2.76}};
        double[] k = {1, 2, 4};
        assertEquals(2.705, EmaSmoother.last(curves[0]), 1e-12);
        assertEquals(2.71, EmaSmoother.last(curves[1]), 1e-12);
        CbsEstimate e = CbsRule.selectFromCurves(k, curves, 0.01, 1024, CbsRule.Reading.LITERAL);
        assertEquals(2, e.multiplier());
        assertEquals(2048 * Math.sqrt(2), e.point(), 1e-9);
        // without smoothing the spike would fail the tolerance
        assertEquals(1, CbsRule.select(k, new double[] {2.70, 2.75, 2.76}, 1024).multiplier());
    }
}
