package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawBootstrapFit;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawBootstrapFits;

/**
 * Reproduces Step Law's (Li et al. 2025) published law from the 1,000 released bootstrap fits: the mean
 * coefficients give eta = 1.797 N^-0.713 D^0.307 and B = 0.581 D^0.571 tokens (published 1.79 and 0.58), and the
 * tool's example at N = 7e9, D = 1.4e12 (eta 9.35e-4, B 5.00M tokens = 2440 sequences of 2048). Data:
 * 1004_fitted_lr_bs_scaling_model_parameters.csv. Method: the mean over the fits (the authors' mean model).
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='StepLawBootstrapTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class StepLawBootstrapTest {

    private static final List<StepLawBootstrapFit> FITS = StepLawBootstrapFits.load(DatasetStore.standard());

    @Test
    void meansOfTheReleasedFitsGiveThePublishedLaw() {
        assertEquals(1000, FITS.size());
        assertEquals(1.797, CriticalBatchSizeReportFixture.reproduced("steplaw.lr.coefficient"), 5e-4);
        assertEquals(-0.71292, CriticalBatchSizeReportFixture.reproduced("steplaw.lr.exponent_N"), 1e-5);
        assertEquals(0.30749, CriticalBatchSizeReportFixture.reproduced("steplaw.lr.exponent_D"), 1e-5);
        assertEquals(0.5807, CriticalBatchSizeReportFixture.reproduced("steplaw.bs.coefficient"), 1e-4);
        assertEquals(0.57094, CriticalBatchSizeReportFixture.reproduced("steplaw.bs.exponent_D"), 1e-5);
    }

    @Test
    void meanInterceptsInLogSpace() {
        StepLaw mean = StepLaw.meanOf(FITS);
        assertEquals(0.586308, mean.lrIntercept(), 1e-6);
        assertEquals(-0.543542, mean.bsIntercept(), 1e-6);
    }

    @Test
    void predictionAtSevenBillionParameters() {
        StepLaw mean = StepLaw.meanOf(FITS);
        assertEquals(9.35e-4, mean.learningRate(7e9, 1.4e12), 0.01e-4);
        assertEquals(4.997e6, mean.batchTokens(1.4e12), 0.001e6);
        assertEquals(2440, mean.batchSequences(1.4e12), 1);
        // the rounded constants shift the learning rate by about -2% and the batch by under 0.1%
        StepLaw rounded = StepLaw.ofCoefficients(1.79, -0.713, 0.307, 0.58, 0.571);
        assertEquals(-0.02, rounded.learningRate(7e9, 1.4e12) / mean.learningRate(7e9, 1.4e12) - 1, 0.005);
        assertEquals(0, rounded.batchTokens(1.4e12) / mean.batchTokens(1.4e12) - 1, 1e-3);
        var band = CriticalBatchSizeReportFixture.report().table("steplaw-example").rows();
        assertEquals(7.65e-4, band.get(0).get(3).number(), 0.01e-4);
        assertEquals(1.14e-3, band.get(0).get(4).number(), 0.01e-3);
    }
}
