package org.scalingsuite.reproductions.flp.data;

import java.util.List;
import java.util.stream.DoubleStream;
import org.scalingsuite.reproductions.flp.FlpRecipe;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scalingsuite.datasets.testing.Fuzz;

/**
 * Property tests of the OLMo ladder loader (the ladder loaded whole, with one of models.csv, a sampling run or a target file edited): each of the mirror's files (read through {@code DatasetStore.standard()}) with one
 * random edit, and random CSV made of a file's own header and rows with hostile cells, is either loaded, with
 * every value the loader promises finite finite, or rejected with an {@code InvalidDataException} that names
 * the file; no other exception escapes.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='OlmoLadderPropertiesTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class OlmoLadderPropertiesTest {

    private static final List<Fuzz.Loader> LOADERS = List.of(
            loader("models", OlmoLadder.MODELS_FILE),
            loader("190M 2xC run", OlmoLadder.FOLDER + "190M-2xC.csv"),
            loader("7B target", OlmoLadder.SEVEN_B_FILE),
            loader("13B target", OlmoLadder.THIRTEEN_B_FILE));

    @Property(tries = 15, seed = "511")
    void oneEditOfAMirrorFileLoadsOrGivesANamedError(@ForAll("loader") int loader, @ForAll("edit") Fuzz.Edit edit) {
        Fuzz.Loader l = LOADERS.get(loader);
        Fuzz.check(l, Fuzz.apply(Fuzz.bytes(l), edit));
    }

    @Property(tries = 10, seed = "512")
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

    /** The whole ladder loaded with one file edited: every N, D and metric value must be finite. */
    private static Fuzz.Loader loader(String name, String file) {
        return new Fuzz.Loader(name, OlmoLadder.DATASET, file, s -> values(OlmoLadder.load(s, FlpRecipe.metricColumns())));
    }

    private static DoubleStream values(LadderData data) {
        DoubleStream models = data.models().stream().mapToDouble(ModelSpec::nonEmbeddingParameters);
        DoubleStream runs = data.runs().stream().flatMap(r -> r.checkpoints().stream()).flatMapToDouble(c -> DoubleStream
                .concat(DoubleStream.of(c.tokens()), c.metrics().values().stream().mapToDouble(Double::doubleValue)));
        DoubleStream targets = data.targets().stream().flatMapToDouble(t -> DoubleStream.concat(
                DoubleStream.of(t.checkpoint().tokens()),
                t.checkpoint().metrics().values().stream().mapToDouble(Double::doubleValue)));
        return DoubleStream.concat(models, DoubleStream.concat(runs, targets));
    }
}
