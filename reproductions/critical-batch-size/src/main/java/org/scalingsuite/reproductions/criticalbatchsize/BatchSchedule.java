package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.ArrayList;
import java.util.List;

/**
 * A training run as a sequence of batch-size stages, with its gradient-step count:
 * {@code steps = sum_i tokens_i / (batch_i x documentTokens)} (fractional steps are kept; the paper's
 * percentages do not depend on rounding them).
 *
 * @param name           a label, e.g. "batch-size warmup"
 * @param documentTokens tokens per document (4096 for OLMo)
 * @param stages         the stages, in training order
 */
public record BatchSchedule(String name, int documentTokens, List<BatchStage> stages) {

    public BatchSchedule {
        stages = List.copyOf(stages);
        if (documentTokens <= 0) {
            throw new IllegalArgumentException("document length must be positive: " + documentTokens);
        }
    }

    /** @return a schedule at one constant batch size. */
    public static BatchSchedule constant(String name, int documentTokens, double tokens, double batchDocuments) {
        return new BatchSchedule(name, documentTokens, List.of(new BatchStage(tokens, batchDocuments)));
    }

    /**
     * A schedule that starts at {@code initialBatch} documents and doubles the batch at each token threshold
     * (Merrill et al.'s batch-size warmup, Section 4.2), trained for {@code totalTokens}.
     *
     * @param thresholds cumulative token counts at which the batch doubles, increasing, below totalTokens
     */
    public static BatchSchedule doubling(String name, int documentTokens, double initialBatch, double[] thresholds,
            double totalTokens) {
        List<BatchStage> stages = new ArrayList<>();
        double start = 0;
        double batch = initialBatch;
        for (double t : thresholds) {
            if (!(t > start) || !(t < totalTokens)) {
                throw new IllegalArgumentException("thresholds must increase within (0, " + totalTokens + "): " + t);
            }
            stages.add(new BatchStage(t - start, batch));
            start = t;
            batch *= 2;
        }
        stages.add(new BatchStage(totalTokens - start, batch));
        return new BatchSchedule(name, documentTokens, stages);
    }

    /** @return the gradient steps of the whole run. */
    public double steps() {
        double steps = 0;
        for (BatchStage s : stages) {
            steps += s.tokens() / (s.batchDocuments() * documentTokens);
        }
        return steps;
    }

    /** @return the tokens of the whole run. */
    public double tokens() {
        return stages.stream().mapToDouble(BatchStage::tokens).sum();
    }

    /** @return the gradient step at which {@code tokens} have been trained. */
    public double stepAt(double tokens) {
        double remaining = tokens;
        double steps = 0;
        for (BatchStage s : stages) {
            double t = Math.min(remaining, s.tokens());
            steps += t / (s.batchDocuments() * documentTokens);
            remaining -= t;
            if (remaining <= 0) {
                return steps;
            }
        }
        throw new IllegalArgumentException(tokens + " tokens is beyond the run's " + tokens());
    }

    /** @return the batch size (documents) in use after {@code tokens} have been trained. */
    public double batchAt(double tokens) {
        double start = 0;
        for (BatchStage s : stages) {
            if (tokens < start + s.tokens()) {
                return s.batchDocuments();
            }
            start += s.tokens();
        }
        return stages.get(stages.size() - 1).batchDocuments();
    }

    /** @return this schedule followed by {@code tokens} more at the final batch size (e.g. a mid-training anneal). */
    public BatchSchedule extendedAtFinalBatch(double tokens) {
        List<BatchStage> more = new ArrayList<>(stages);
        more.add(new BatchStage(tokens, stages.get(stages.size() - 1).batchDocuments()));
        return new BatchSchedule(name, documentTokens, more);
    }

    /** @return the fraction of {@code reference}'s gradient steps that this run saves: 1 - steps / reference steps. */
    public double stepsSavedVersus(BatchSchedule reference) {
        return 1 - steps() / reference.steps();
    }
}
