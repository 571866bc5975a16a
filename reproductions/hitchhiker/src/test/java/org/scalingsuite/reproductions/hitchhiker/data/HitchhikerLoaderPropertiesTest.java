package org.scalingsuite.reproductions.hitchhiker.data;

import java.util.Collection;
import java.util.List;
import java.util.stream.DoubleStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.scalingsuite.datasets.testing.Fuzz;

/**
 * Property tests of the Hitchhiker family loaders: each of the mirror's files (read through
 * {@code DatasetStore.standard()}) with one random edit, and random CSV made of a file's own header and rows
 * with hostile cells, is either loaded, with every checkpoint's N, D and loss finite, or rejected with an
 * {@code InvalidDataException} that names the file; no other exception escapes.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='HitchhikerLoaderPropertiesTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class HitchhikerLoaderPropertiesTest {

    private static final String D = HitchhikerData.DATASET;

    private static final List<Fuzz.Loader> LOADERS = List.of(
            new Fuzz.Loader("Chinchilla", D, ChinchillaIsoFlops.FILE, s -> values(ChinchillaIsoFlops.load(s))),
            new Fuzz.Loader("Datablations", D, DatablationsCurves.FILE,
                    s -> values(DatablationsCurves.load(s).values())),
            new Fuzz.Loader("GPT-3 curves", D, Gpt3Curves.FILE, s -> values(Gpt3Curves.load(s))),
            new Fuzz.Loader("GPT-3 sizes", D, Gpt3Curves.METADATA, s -> values(Gpt3Curves.load(s))),
            new Fuzz.Loader("OLMo", D, OlmoCurves.FILE, s -> values(OlmoCurves.load(s))),
            new Fuzz.Loader("OPT", D, OptTrajectories.FILE, s -> values(OptTrajectories.load(s))),
            new Fuzz.Loader("published cells", D, PublishedCells.FILE,
                    s -> DoubleStream.of(PublishedCells.load(s).size())), // cells are looked up, NaN when absent
            new Fuzz.Loader("Pythia", D, PythiaEvals.FILE, s -> values(PythiaEvals.load(s).values())),
            new Fuzz.Loader("Pile-T5", D, T5PileCurves.FILE, s -> values(T5PileCurves.load(s))));

    @Property(tries = 80, seed = "1101")
    void oneEditOfAMirrorFileLoadsOrGivesANamedError(@ForAll @IntRange(min = 0, max = 8) int loader,
            @ForAll("edit") Fuzz.Edit edit) {
        Fuzz.Loader l = LOADERS.get(loader);
        Fuzz.check(l, Fuzz.apply(Fuzz.bytes(l), edit));
    }

    @Property(tries = 80, seed = "1102")
    void randomRowsOfAFileLoadOrGiveANamedError(@ForAll @IntRange(min = 0, max = 8) int loader,
            @ForAll("structured") Fuzz.Structured input) {
        Fuzz.Loader l = LOADERS.get(loader);
        Fuzz.check(l, Fuzz.csv(Fuzz.records(l), input));
    }

    @Provide
    Arbitrary<Fuzz.Edit> edit() {
        return Fuzz.edit();
    }

    @Provide
    Arbitrary<Fuzz.Structured> structured() {
        return Fuzz.structured();
    }

    private static DoubleStream values(ModelFamily f) {
        return f.checkpoints().stream().flatMapToDouble(c -> DoubleStream.of(c.parameters(), c.tokens(), c.loss()));
    }

    private static DoubleStream values(Collection<ModelFamily> families) {
        return families.stream().flatMapToDouble(HitchhikerLoaderPropertiesTest::values);
    }
}
