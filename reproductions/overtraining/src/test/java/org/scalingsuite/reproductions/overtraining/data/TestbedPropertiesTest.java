package org.scalingsuite.reproductions.overtraining.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.DoubleStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scalingsuite.datasets.testing.Fuzz;

/**
 * Property tests of the testbed loader and its strict JSON reader: a model file, an eval file or
 * {@code eval_metadata.csv} of the mirror (read through {@code DatasetStore.standard()}) with one random byte
 * edit, a JSON file with random members replaced by random JSON values or removed, random metadata rows, and
 * random text given to the JSON reader, are either loaded, with every count, multiplier, loss, accuracy and
 * baseline finite, or rejected with an {@code InvalidDataException} that names the file; no other exception
 * escapes.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='TestbedPropertiesTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class TestbedPropertiesTest {

    private static final List<Fuzz.Loader> LOADERS = List.of(
            loader("model file", "models/rpj-open_lm_1b-32.0.json"),
            loader("eval file", "evals/evaluation_rpj-d=96_l=8_h=4-1.0_heavy.json"),
            loader("eval metadata", Testbed.METADATA));

    /** A member with a scalar or empty value: {@code "key": value}. */
    private static final Pattern MEMBER = Pattern.compile("\"[^\"\\n]+\": (\"[^\"\\n]*\"|[-0-9.eE+]+|true|false|null"
            + "|\\[\\]|\\{\\})");
    private static final List<String> VALUES = List.of("null", "true", "false", "\"x\"", "\"\"", "-1", "0", "-0",
            "0.5", "1", "1e308", "1e-320", "12345678901234567890", "1.5e3", "[]", "{}", "[1, 2]", "{\"a\": 1}",
            "\"NaN\"", "\"1e9\"", "[null]", "[\"c4_val/x/y\"]", "2e0");

    @Property(tries = 40, seed = "6101")
    void oneEditOfAMirrorFileLoadsOrGivesANamedError(@ForAll("loader") int loader, @ForAll("edit") Fuzz.Edit edit) {
        Fuzz.Loader l = LOADERS.get(loader);
        Fuzz.check(l, Fuzz.apply(Fuzz.bytes(l), edit));
    }

    @Property(tries = 40, seed = "6102")
    void randomMembersOfAJsonFileLoadOrGiveANamedError(@ForAll("json") int loader,
            @ForAll("memberEdits") List<int[]> edits) {
        Fuzz.Loader l = LOADERS.get(loader);
        String text = new String(Fuzz.bytes(l), StandardCharsets.UTF_8);
        List<int[]> spans = new ArrayList<>();
        Matcher m = MEMBER.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end(), m.start(1)});
        }
        List<int[]> chosen = new ArrayList<>();
        for (int[] e : edits) {
            int[] span = spans.get(e[0] % spans.size());
            if (chosen.stream().noneMatch(c -> c[0] == span[0])) {
                chosen.add(new int[] {span[0], span[1], span[2], e[1]});
            }
        }
        chosen.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder sb = new StringBuilder(text);
        for (int[] c : chosen) {
            if (c[3] < 0) {
                sb.replace(c[0], c[1], "\"removed_" + c[0] + "\": 0"); // the member is gone, its key replaced
            } else {
                sb.replace(c[2], c[1], VALUES.get(c[3] % VALUES.size()));
            }
        }
        Fuzz.check(l, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 30, seed = "6103")
    void randomMetadataRowsLoadOrGiveANamedError(@ForAll("structured") Fuzz.Structured input) {
        Fuzz.Loader l = LOADERS.get(2);
        Fuzz.check(l, Fuzz.csv(Fuzz.records(l), input));
    }

    @Property(tries = 300, seed = "6104")
    void randomTextGivesAValueOrANamedError(@ForAll("jsonText") String text) {
        try {
            JsonReader.parse(text, "doc.json");
        } catch (org.scalingsuite.core.data.InvalidDataException e) {
            if (!e.getMessage().startsWith("doc.json")) {
                throw new AssertionError("the error names the file: " + e.getMessage());
            }
        }
    }

    @Provide
    Arbitrary<Integer> loader() {
        return Arbitraries.integers().between(0, LOADERS.size() - 1);
    }

    @Provide
    Arbitrary<Integer> json() {
        return Arbitraries.integers().between(0, 1);
    }

    @Provide
    Arbitrary<List<int[]>> memberEdits() {
        return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().between(-3, 60))
                .as((at, value) -> new int[] {at, value}).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Fuzz.Edit> edit() {
        return Fuzz.edit();
    }

    @Provide
    Arbitrary<Fuzz.Structured> structured() {
        return Fuzz.structured();
    }

    @Provide
    Arbitrary<String> jsonText() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of("{", "}", "[", "]", ",", ":", " ", "\n", "\"",
                "\"a\"", "\"a\":", "1", "-", "0", ".", "e", "E", "+", "1e400", "tru", "true", "null", "NaN", "\\",
                "\\u", "\\ud800", "\uFEFF", "\u0000", "\t"), Arbitraries.strings().ofMaxLength(3));
        return token.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    private static Fuzz.Loader loader(String name, String file) {
        return new Fuzz.Loader(name, Testbed.DATASET, file, s -> values(Testbed.load(s)));
    }

    private static DoubleStream values(Testbed t) {
        DoubleStream runs = t.runs().stream().flatMapToDouble(r -> DoubleStream.concat(
                DoubleStream.of(r.parameters(), r.tokens(), r.chinchillaMultiplier()),
                DoubleStream.concat(r.losses().values().stream().flatMapToDouble(v -> DoubleStream.of(v.loss(),
                        v.sequencesLower(), v.sequencesUpper())),
                        r.accuracies().values().stream().mapToDouble(Double::doubleValue))));
        return DoubleStream.concat(runs, t.randomBaselines().values().stream().mapToDouble(Double::doubleValue));
    }
}
