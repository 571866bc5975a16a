package org.scalingsuite.reproductions.hitchhiker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.compare.ComparisonDataset;
import org.scalingsuite.core.compare.ComparisonDatasets;
import org.scalingsuite.core.compare.HoldOut;
import org.scalingsuite.core.compare.RunSet;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.hitchhiker.data.Checkpoint;
import org.scalingsuite.reproductions.hitchhiker.data.Gpt3Curves;
import org.scalingsuite.reproductions.hitchhiker.data.OptTrajectories;

/**
 * The Hitchhiker comparison data sets: found through ServiceLoader; each family's checkpoints after the 10B cut
 * (OPT 130 of 142, Pythia 98 of 189, GPT-3 6,446 of 6,506 points thinned to 15 per model, 120), with the largest
 * model held out: OPT 101 fitted / 29 held out (175b), GPT-3 105 / 15 (175B), Pythia 84 / 14 (12b). Also checks
 * the thinning rule on a hand-made curve and that each title names the family's own loss.
 * Data: OPT trajectories, GPT-3 curves, the rebuilt Pythia table. Method: {@link HitchhikerComparisonDatasets}.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='HitchhikerComparisonDatasetsTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class HitchhikerComparisonDatasetsTest {

    private static final Map<String, int[]> SPLITS = Map.of("hitchhiker-opt", new int[] {101, 29},
            "hitchhiker-gpt3", new int[] {105, 15}, "hitchhiker-pythia", new int[] {84, 14});

    @Test
    void serviceLoaderFindsTheThreeFamilies() {
        List<String> ids = ComparisonDatasets.all().stream().map(ComparisonDataset::id).toList();
        assertTrue(ids.containsAll(SPLITS.keySet()), ids.toString());
        assertEquals(3, new HitchhikerComparisonDatasets().datasets().size());
    }

    @Test
    void eachLoadsWithTheLargestModelHeldOut() {
        DatasetStore store = DatasetStore.standard();
        Map<String, Integer> sizes = Map.of("hitchhiker-opt", 6, "hitchhiker-gpt3", 8, "hitchhiker-pythia", 7);
        for (ComparisonDataset d : new HitchhikerComparisonDatasets().datasets()) {
            RunSet runs = d.load(store);
            HoldOut.Split split = d.holdOut().split(runs.runs());
            assertEquals(SPLITS.get(d.id())[0], split.train().size(), d.id());
            assertEquals(SPLITS.get(d.id())[1], split.test().size(), d.id());
            double[] modelSizes = runs.modelSizes();
            assertEquals(sizes.get(d.id()), modelSizes.length, d.id());
            // Exactly the largest size is held out.
            assertEquals(1, split.test().distinctValues(0), d.id());
            assertEquals(modelSizes[modelSizes.length - 1], split.test().input(0, 0), d.id());
            assertTrue(Arrays.stream(runs.runs().column(1)).allMatch(t -> t > HitchhikerRecipe.CUT_TOKENS), d.id());
        }
    }

    @Test
    void titlesNameEachFamilysOwnLoss() {
        Map<String, String> unit = Map.of("hitchhiker-opt", "PERPLEXITY", "hitchhiker-gpt3", "nats",
                "hitchhiker-pythia", "log2 LAMBADA perplexity");
        for (ComparisonDataset d : new HitchhikerComparisonDatasets().datasets()) {
            assertTrue(d.title().contains(unit.get(d.id())), d.title());
        }
    }

    @Test
    void optIsTheCutFamilyAsLoaded() {
        DatasetStore store = DatasetStore.standard();
        var family = OptTrajectories.load(store);
        RunSet runs = HitchhikerComparisonDatasets.opt(store);
        List<Checkpoint> cut = family.checkpoints().stream().filter(c -> c.tokens() > 1e10).toList();
        assertEquals(142, family.checkpoints().size());
        assertEquals(cut.size(), runs.runs().size());
        for (int i = 0; i < cut.size(); i++) {
            assertEquals(cut.get(i).loss(), runs.runs().response(i));
            assertEquals(cut.get(i).tokens(), runs.runs().input(1, i));
        }
        assertTrue(runs.notes().get(0).contains("keeps 130 and drops 12"), runs.notes().get(0));
    }

    @Test
    void pythiaNotesAccountForEveryRowOfTheFile() {
        RunSet runs = HitchhikerComparisonDatasets.pythia(DatasetStore.standard());
        assertTrue(runs.notes().get(0).contains("189 checkpoints loaded; the 10B cut (tokens > 1e10, no step-0 rows) "
                + "keeps 98 and drops 91"), runs.notes().get(0));
        // 189 + 216 + 954 = 1,359 rows.
        assertTrue(runs.notes().get(1).contains("189 of the file's 1359 rows (216 more are the deduplicated family, "
                + "not used here; 954 are"), runs.notes().get(1));
    }

    @Test
    void gpt3IsThinnedToOnePointPerBinOfMeasuredValues() {
        DatasetStore store = DatasetStore.standard();
        List<Checkpoint> all = Gpt3Curves.load(store).checkpoints();
        RunSet runs = HitchhikerComparisonDatasets.gpt3(store);
        assertEquals(120, runs.runs().size());
        assertTrue(runs.notes().get(1).contains("120 of the 6446 points"), runs.notes().get(1));
        // Every kept point is a digitised point of the file (same N, D and loss).
        for (int i = 0; i < runs.runs().size(); i++) {
            double n = runs.runs().input(0, i);
            double d = runs.runs().input(1, i);
            double loss = runs.runs().response(i);
            assertTrue(all.stream().anyMatch(c -> c.parameters() == n && c.tokens() == d && c.loss() == loss),
                    "point " + i);
        }
    }

    @Test
    void thinningKeepsTheCentralPointOfEachBinInFileOrder() {
        TokenGridThinning grid = new TokenGridThinning(1e10, 10);
        // Bin 0 is [1e10, 1.2589e10), centre 10^0.05 x 1e10 = 1.1220e10; bin 1 is [1.2589e10, 1.5849e10).
        Checkpoint a = new Checkpoint("m", 1, 1.01e10, 3.0, 2);
        Checkpoint b = new Checkpoint("m", 1, 1.12e10, 2.9, 3);
        Checkpoint c = new Checkpoint("m", 1, 1.30e10, 2.8, 4);
        Checkpoint d = new Checkpoint("other", 2, 1.01e10, 2.5, 5);
        Checkpoint e = new Checkpoint("m", 1, 1.122e10, 2.95, 6);
        assertEquals(List.of(c, d, e), grid.thin(List.of(a, b, c, d, e)));
        assertEquals(List.of(b), grid.thin(List.of(b, new Checkpoint("m", 1, 1.12e10, 2.0, 7))));
        assertThrows(IllegalArgumentException.class, () -> grid.thin(List.of(new Checkpoint("m", 1, 9e9, 3, 1))));
    }
}
