package org.scalingsuite.reproductions.criticalbatchsize.data;

import java.util.List;
import java.util.stream.DoubleStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scalingsuite.datasets.testing.Fuzz;

/**
 * Property tests of the critical-batch-size loaders (Merrill et al.'s tables, the published constants, the Step Law runs and fits, Zhang et al.'s table): each of the mirror's files (read through {@code DatasetStore.standard()}) with one
 * random edit, and random CSV made of a file's own header and rows with hostile cells, is either loaded, with
 * every value the loader promises finite finite, or rejected with an {@code InvalidDataException} that names
 * the file; no other exception escapes.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='CriticalBatchSizeLoaderPropertiesTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class CriticalBatchSizeLoaderPropertiesTest {

    private static final List<Fuzz.Loader> LOADERS = List.of(
            new Fuzz.Loader("Merrill tables", MerrillTables.DATASET, MerrillTables.FILE,
                    s -> MerrillTables.load(s).cells().stream().mapToDouble(MerrillCell::value)),
            new Fuzz.Loader("published constants", PublishedConstants.DATASET, PublishedConstants.FILE,
                    s -> DoubleStream.of(PublishedConstants.load(s).rows().size())),
            new Fuzz.Loader("Step Law bootstrap fits", StepLawBootstrapFits.DATASET, StepLawBootstrapFits.FILE,
                    s -> StepLawBootstrapFits.load(s).stream().flatMapToDouble(f -> DoubleStream.of(f.lrIntercept(),
                            f.lrCoefN(), f.lrCoefD(), f.bsIntercept(), f.bsCoefD()))),
            new Fuzz.Loader("Step Law dense", StepLawRuns.DATASET, StepLawRuns.DENSE_FILE,
                    s -> StepLawRuns.loadDense(s).stream().flatMapToDouble(r -> DoubleStream.of(r.learningRate(),
                            r.batchSequences(), r.iterations(), r.loss(), r.smoothLoss(), r.tokens(),
                            r.parameters()))),
            new Fuzz.Loader("Step Law MoE", StepLawRuns.DATASET, StepLawRuns.MOE_FILE,
                    s -> StepLawRuns.loadMoe(s).stream().flatMapToDouble(r -> DoubleStream.of(r.learningRate(),
                            r.batchSequences(), r.smoothLoss(), r.totalParameters(), r.activeParameters(),
                            r.tokens()))),
            new Fuzz.Loader("Zhang steps table", ZhangStepsTable.DATASET, ZhangStepsTable.FILE,
                    s -> ZhangStepsTable.load(s).stream().flatMapToDouble(r -> DoubleStream.of(r.sizeMillions(),
                            r.targetLoss(), r.batchSequences(), r.batchTokens(), r.steps(), r.rawQuerySteps()))));

    @Property(tries = 100, seed = "411")
    void oneEditOfAMirrorFileLoadsOrGivesANamedError(@ForAll("loader") int loader, @ForAll("edit") Fuzz.Edit edit) {
        Fuzz.Loader l = LOADERS.get(loader);
        Fuzz.check(l, Fuzz.apply(Fuzz.bytes(l), edit));
    }

    @Property(tries = 100, seed = "412")
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
}
