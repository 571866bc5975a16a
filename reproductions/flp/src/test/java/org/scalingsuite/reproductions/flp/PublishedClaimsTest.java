package org.scalingsuite.reproductions.flp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.claim.Claim;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.Comparison;
import org.scalingsuite.core.claim.Expectation;
import org.scalingsuite.core.reproduction.Reproduction;

/**
 * The paper's published claims (abstract of arXiv:2410.08527: 7B within 5%, 13B within 10%, FLP beats
 * FLOPs-to-Performance, FLP-M within 10% on most benchmarks) as the site shows them: published values as
 * typed, each with expectation DEVIATES, the stand-in's measured figure as the reproduced value (locked), and
 * the reason "stand-in data". They are not asserted against the stand-in, because the paper's models are
 * unreleased. Data: the OLMo ladder stand-in. Method: the full reproduction ({@link FlpReproduction#run}).
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='PublishedClaimsTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class PublishedClaimsTest {

    @Test
    void everyPublishedClaimIsShownAsDeviatingOnStandInData() {
        List<ClaimResult> claims = FlpReportFixture.report().claims();
        assertEquals(5, claims.size());
        for (ClaimResult c : claims) {
            FlpReportFixture.deviating(c.claim().id());
            assertEquals(Expectation.DEVIATES, c.claim().expectation());
            assertEquals("Chen et al. 2024", c.claim().paper());
            assertTrue(c.claim().location().startsWith("Abstract"), c.claim().id());
            assertTrue(c.claim().reason().startsWith("stand-in data"), c.claim().id());
        }
    }

    @Test
    void publishedValuesAreThoseOfTheAbstract() {
        assertPublished("abstract.error.7b", 5, Comparison.AT_MOST);
        assertPublished("abstract.error.13b", 10, Comparison.AT_MOST);
        assertPublished("abstract.flp_beats_fp.7b", 0, Comparison.AT_LEAST);
        assertPublished("abstract.flp_beats_fp.13b", 0, Comparison.AT_LEAST);
        assertPublished("abstract.flpm_within_10", 0.5, Comparison.AT_LEAST);
    }

    private static void assertPublished(String id, double value, Comparison comparison) {
        Claim c = FlpReportFixture.report().claim(id).claim();
        assertEquals(value, c.published(), 0, id);
        assertEquals(comparison, c.comparison(), id);
    }

    @Test
    void reproducedValuesAreTheStandInFigures() {
        assertEquals(FlpReportFixture.cell("summary", "FLP mean |error| (%)", "7B-4T"),
                FlpReportFixture.deviating("abstract.error.7b"), 0);
        assertEquals(FlpReportFixture.cell("summary", "FLP mean |error| (%)", "13B-5T"),
                FlpReportFixture.deviating("abstract.error.13b"), 0);
        assertEquals(FlpReportFixture.cell("summary", "FP mean |error| (%)", "7B-4T")
                        - FlpReportFixture.cell("summary", "FLP mean |error| (%)", "7B-4T"),
                FlpReportFixture.deviating("abstract.flp_beats_fp.7b"), 1e-12);
        assertEquals(FlpReportFixture.cell("summary", "FP mean |error| (%)", "13B-5T")
                        - FlpReportFixture.cell("summary", "FLP mean |error| (%)", "13B-5T"),
                FlpReportFixture.deviating("abstract.flp_beats_fp.13b"), 1e-12);
        long within = FlpRecipe.BENCHMARKS.stream().filter(b -> Math.abs(
                FlpReportFixture.cell("flpm", "network error (%)", b.name(), "7B-4T")) <= 10).count();
        assertEquals(within / 9.0, FlpReportFixture.deviating("abstract.flpm_within_10"), 1e-15);
    }

    @Test
    void theReportSaysPlainlyThatTheDataIsAStandIn() {
        assertTrue(FlpReportFixture.report().notes().get(0).startsWith("Stand-in data."));
        assertTrue(FlpReportFixture.report().paper().summary().contains("stand-in"));
    }

    @Test
    void theReproductionIsRegisteredForTheCliAndTheSite() {
        assertTrue(Reproduction.find(FlpReproduction.ID).isPresent(), "listed in META-INF/services");
    }
}
