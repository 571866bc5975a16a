package org.scalingsuite.datasets.comparison;

import java.util.List;
import java.util.stream.DoubleStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scalingsuite.datasets.testing.Fuzz;

/**
 * Property tests of the comparison loaders (the OLMo ladder's final checkpoints and the (Mis)Fitting sweep):
 * each of their mirror files (read through {@code DatasetStore.standard()}) with one random edit, and random CSV
 * made of a file's own header and rows with hostile cells, is either loaded, with every N, D, learning rate and
 * loss finite, or rejected with an {@code InvalidDataException} that names the file; no other exception escapes.
 * Run: {@code mvn -B -o -pl datasets -am verify -Dtest='ComparisonLoaderPropertiesTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ComparisonLoaderPropertiesTest {

    private static final List<Fuzz.Loader> LOADERS = List.of(
            new Fuzz.Loader("OLMo ladder models", OlmoLadderFinal.DATASET, OlmoLadderFinal.MODELS,
                    s -> ladder(OlmoLadderFinal.load(s))),
            new Fuzz.Loader("OLMo ladder curve", OlmoLadderFinal.DATASET, "olmo-ladder/190M-0.5xC.csv",
                    s -> ladder(OlmoLadderFinal.load(s))),
            new Fuzz.Loader("(Mis)Fitting sweep", MisfittingSweep.DATASET, MisfittingSweep.FILE,
                    s -> MisfittingSweep.load(s).stream().flatMapToDouble(r -> DoubleStream.of(r.n(),
                            r.nNoEmbedding(), r.d(), r.peakLr(), r.loss()))));

    @Property(tries = 60, seed = "7201")
    void oneEditOfAMirrorFileLoadsOrGivesANamedError(@ForAll("loader") int loader, @ForAll("edit") Fuzz.Edit edit) {
        Fuzz.Loader l = LOADERS.get(loader);
        Fuzz.check(l, Fuzz.apply(Fuzz.bytes(l), edit));
    }

    @Property(tries = 60, seed = "7202")
    void randomRowsOfAFileLoadOrGiveANamedError(@ForAll("loader") int loader,
            @ForAll("structured") Fuzz.Structured input) {
        Fuzz.Loader l = LOADERS.get(loader);
        Fuzz.check(l, Fuzz.csv(Fuzz.records(l), input));
    }

    @Provide
    Arbitrary<Integer> loader() {
        return Arbitraries.integers().between(0, LOADERS.size() - 1);
    }

    @Provide
    Arbitrary<Fuzz.Edit> edit() {
        return Fuzz.edit();
    }

    @Provide
    Arbitrary<Fuzz.Structured> structured() {
        return Fuzz.structured();
    }

    private static DoubleStream ladder(List<OlmoLadderRun> runs) {
        return runs.stream().flatMapToDouble(r -> DoubleStream.of(r.n(), r.tokens(), r.loss()));
    }
}
