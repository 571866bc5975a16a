package org.scalingsuite.reproductions.flp.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.flp.FlpRecipe;

/**
 * Loads the mirrored OLMo ladder (flp/olmo-ladder, sha256-verified by the dataset store): 25 sampling runs
 * with 3,243 checkpoints, the 7B target (3.945e12 tokens, the only row of the anneal file) and the 13B target
 * (step 596,057 x 8,388,608 tokens), with non-embedding parameter counts from models.csv.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='OlmoLadderMirrorTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class OlmoLadderMirrorTest {

    @Test
    void loadsEveryRunAndBothTargets() {
        LadderData data = OlmoLadder.load(DatasetStore.standard(), FlpRecipe.metricColumns());
        assertEquals(7, data.models().size());
        assertEquals(25, data.runs().size());
        assertEquals(3243, data.checkpointCount());
        Target seven = data.target(OlmoLadder.SEVEN_B);
        assertEquals(3945065873408.0, seven.checkpoint().tokens(), 0);
        assertEquals(6887575552.0, seven.model().nonEmbeddingParameters(), 0);
        assertEquals(2, seven.checkpoint().line());
        Target thirteen = data.target(OlmoLadder.THIRTEEN_B);
        assertEquals(596057L, thirteen.checkpoint().step());
        assertEquals(596057.0 * 8388608, thirteen.checkpoint().tokens(), 0);
        assertEquals(13, thirteen.checkpoint().line(), "the last of 12 rows");
        LadderRun first = data.runs().get(0);
        assertEquals("190M 0.5xC", first.label());
        assertEquals(3641, first.last().step());
        assertEquals(1908932608.0, first.last().tokens(), 0);
        assertEquals(3.74747896194458, first.last().metric(FlpRecipe.LOSS), 0);
    }
}
