package org.scalingsuite.reproductions.flp;

import java.util.ArrayList;
import java.util.List;

/**
 * The constants of the FLP procedure on the OLMo ladder stand-in, in one place.
 *
 * <ul>
 *   <li>Loss: {@code eval/c4_en-validation/CrossEntropyLoss} (one of the ladder's 11 validation sets; the paper
 *       used its own pretraining validation set).</li>
 *   <li>Compute: C = 6 N D with non-embedding N ({@code models.csv}) and the checkpoint's tokens D.</li>
 *   <li>Stage 1 on the 25 runs' final checkpoints; stage 2 on every checkpoint whose accuracy exceeds
 *       chance + 0.05 (the paper's "random + 5 points"); the FP baseline on the final checkpoints.</li>
 *   <li>Tasks: nine 5-shot ranked-classification accuracies with length normalisation
 *       ({@code _rc_5shot_len_norm}); the test split where the ladder logs one (ARC, OpenBookQA, MMLU), else
 *       the validation split; MMLU is the unweighted mean of its four test categories.</li>
 *   <li>FLP-M's stage 2: a network from (c4 loss, dolma_stack code loss) to accuracy, on the same
 *       checkpoints.</li>
 * </ul>
 */
public final class FlpRecipe {

    public static final String LOSS = "eval/c4_en-validation/CrossEntropyLoss";
    public static final String CODE_LOSS = "eval/dolma_stack-validation/CrossEntropyLoss";
    /** FLP-M's domain losses: general text (c4) and code (dolma_stack). */
    public static final List<String> DOMAIN_LOSSES = List.of(LOSS, CODE_LOSS);
    public static final double EMERGENCE_MARGIN = 0.05;
    /** The published error bounds of the abstract, in percent. */
    public static final double BOUND_7B = 5;
    public static final double BOUND_13B = 10;

    public static final List<Benchmark> BENCHMARKS = List.of(
            task("hellaswag", 0.25, "hellaswag_val"),
            task("arc_challenge", 0.25, "arc_challenge_test"),
            task("arc_easy", 0.25, "arc_easy_test"),
            task("piqa", 0.5, "piqa_val"),
            task("winogrande", 0.5, "winogrande_val"),
            task("csqa", 0.2, "csqa_val"),
            task("openbookqa", 0.25, "openbookqa_test"),
            task("socialiqa", 1.0 / 3, "socialiqa_val"),
            task("mmlu", 0.25, "mmlu_stem_test", "mmlu_humanities_test", "mmlu_social_sciences_test",
                    "mmlu_other_test"));

    private FlpRecipe() {
    }

    private static Benchmark task(String name, double chance, String... stems) {
        List<String> columns = new ArrayList<>();
        for (String s : stems) {
            columns.add("eval/downstream/" + s + "_rc_5shot_len_norm");
        }
        return new Benchmark(name, columns, chance);
    }

    /** @return every upstream metric column the reproduction reads: the domain losses and the accuracies. */
    public static List<String> metricColumns() {
        List<String> columns = new ArrayList<>(DOMAIN_LOSSES);
        for (Benchmark b : BENCHMARKS) {
            columns.addAll(b.columns());
        }
        return List.copyOf(columns);
    }

    /** @return the emergence filter with the paper's margin. */
    public static EmergenceFilter emergenceFilter() {
        return new EmergenceFilter(EMERGENCE_MARGIN);
    }

    /** @return the relative error of {@code predicted} against {@code actual}, in percent. */
    public static double relativeErrorPercent(double predicted, double actual) {
        return 100 * (predicted - actual) / actual;
    }
}
