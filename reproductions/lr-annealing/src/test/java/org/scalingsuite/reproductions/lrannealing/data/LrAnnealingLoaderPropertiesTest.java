package org.scalingsuite.reproductions.lrannealing.data;

import java.util.List;
import java.util.stream.DoubleStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scalingsuite.datasets.testing.Fuzz;

/**
 * Property tests of the lr-annealing loaders (Multi-Power-Law curves and parameters, Tissue et al.'s example): each of the mirror's files (read through {@code DatasetStore.standard()}) with one
 * random edit, and random CSV made of a file's own header and rows with hostile cells, is either loaded, with
 * every value the loader promises finite finite, or rejected with an {@code InvalidDataException} that names
 * the file; no other exception escapes.
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='LrAnnealingLoaderPropertiesTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class LrAnnealingLoaderPropertiesTest {

    private static final List<Fuzz.Loader> LOADERS = List.of(
            new Fuzz.Loader("MPL curve 400M cosine", MultiPowerLawCurves.DATASET, MultiPowerLawCurves.file(400,
                    "cosine_24000"), s -> curve(MultiPowerLawCurves.load(s, 400, "cosine_24000"))),
            new Fuzz.Loader("MPL curve 25M WSD", MultiPowerLawCurves.DATASET, MultiPowerLawCurves.file(25,
                    "wsd_20000_24000"), s -> curve(MultiPowerLawCurves.load(s, 25, "wsd_20000_24000"))),
            new Fuzz.Loader("MPL published", MplPublished.DATASET, MplPublished.FILE,
                    s -> MplPublished.load(s).stream().flatMapToDouble(r -> DoubleStream.concat(
                            DoubleStream.of(r.parameters()), DoubleStream.of(r.r2(), r.mae(), r.rmse(), r.predE(),
                                    r.worstE())))),
            new Fuzz.Loader("Tissue example", TissueExample.DATASET, TissueExample.FILE,
                    s -> TissueExample.load(s).stream().mapToDouble(ExamplePoint::loss)));

    @Property(tries = 100, seed = "311")
    void oneEditOfAMirrorFileLoadsOrGivesANamedError(@ForAll("loader") int loader, @ForAll("edit") Fuzz.Edit edit) {
        Fuzz.Loader l = LOADERS.get(loader);
        Fuzz.check(l, Fuzz.apply(Fuzz.bytes(l), edit));
    }

    @Property(tries = 100, seed = "312")
    void randomRowsOfAFileLoadOrGiveANamedError(@ForAll("loader") int loader,
            @ForAll("structured") Fuzz.Structured input) {
        Fuzz.Loader l = LOADERS.get(loader);
        Fuzz.check(l, Fuzz.csv(Fuzz.records(l), input));
    }

    @Provide
    Arbitrary<Integer> loader() {
        return net.jqwik.api.Arbitraries.integers().between(0, LOADERS.size() - 1);
    }

    @Provide
    Arbitrary<Fuzz.Edit> edit() {
        return Fuzz.edit();
    }

    @Provide
    Arbitrary<Fuzz.Structured> structured() {
        return Fuzz.structured();
    }

    private static DoubleStream curve(LossCurve c) {
        return DoubleStream.concat(DoubleStream.of(c.lr()), DoubleStream.of(c.loss()));
    }
}
