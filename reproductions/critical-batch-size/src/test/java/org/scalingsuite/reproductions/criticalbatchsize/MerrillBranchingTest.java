package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * Reproduces Merrill et al.'s (2025) Section 3.1, Section 4.1-4.2 and Appendix A bookkeeping: every branch trains
 * the same Delta = 2B tokens (512/k steps of 1024 k documents of 4096 tokens, 2^31 tokens in the OLMo launcher);
 * the base learning rate 0.0004 sqrt 2 for OLMo 1B is the sqrt-k rule applied to the original batch of 512; the
 * warmup rule doubles the batch when the measured CBS exceeds twice the current batch, multiplying the rate by
 * sqrt 2, so two doublings give the large control's 2 sqrt 2 x 4e-4. Data: published_constants.csv. Method:
 * arithmetic on the rule objects.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='MerrillBranchingTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class MerrillBranchingTest {

    @Test
    void branchTokensAreEqualAcrossMultipliers() {
        double tokens = CriticalBatchSizeReportFixture.reproduced("merrill.branch_tokens");
        assertEquals(Math.pow(2, 31), tokens);
        for (var row : CriticalBatchSizeReportFixture.report().table("merrill-branches").rows()) {
            assertEquals(Math.pow(2, 31), row.get(3).number(), 1e-3);
        }
    }

    @Test
    void learningRatesFollowTheSquareRootRule() {
        assertEquals(4e-4 * Math.sqrt(2), CriticalBatchSizeReportFixture.reproduced("merrill.lr.base_1b"), 1e-18);
        assertEquals(2 * Math.sqrt(2) * 4e-4,
                CriticalBatchSizeReportFixture.reproduced("merrill.lr.after_two_doublings"), 1e-12);
    }

    @Test
    void warmupDoublesOnlyWhenTheMeasuredCbsExceedsTwiceTheBatch() {
        BatchSizeWarmup w = new BatchSizeWarmup(1024, 5.657e-4);
        assertSame(w, w.observe(2048, LearningRateScaling.ADAM));
        BatchSizeWarmup next = w.observe(2049, LearningRateScaling.ADAM);
        assertEquals(2048, next.batch());
        assertEquals(5.657e-4 * Math.sqrt(2), next.learningRate(), 1e-15);
        assertEquals(4096, next.observe(4500, LearningRateScaling.ADAM).batch());
    }
}
