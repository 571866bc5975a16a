package org.scalingsuite.reproductions.criticalbatchsize;

import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawMoeRun;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawRun;

/**
 * One run of a hyperparameter grid as the grid check needs it. Runs with the same (group, N, D) form a cell.
 *
 * @param group          a label separating cells of equal (N, D), e.g. an MoE sparsity configuration
 * @param parameters     the N fed to Step Law
 * @param tokens         D
 * @param learningRate   peak learning rate
 * @param batchSequences batch size in sequences of 2048 tokens
 * @param smoothLoss     final smoothed loss
 */
public record GridRun(String group, double parameters, double tokens, double learningRate, double batchSequences,
        double smoothLoss) {

    /** @return a dense run, N = non-embedding parameters. */
    public static GridRun dense(StepLawRun r) {
        return new GridRun("dense", r.parameters(), r.tokens(), r.learningRate(), r.batchSequences(), r.smoothLoss());
    }

    /**
     * @param active true for N = active parameters, false for the total
     * @return an MoE run, batch converted to sequences of 2048 tokens
     */
    public static GridRun moe(StepLawMoeRun r, boolean active) {
        double sequences = r.batchSequences() * r.sequenceLength() / StepLawRun.SEQUENCE_LENGTH;
        return new GridRun(r.config(), active ? r.activeParameters() : r.totalParameters(), r.tokens(),
                r.learningRate(), sequences, r.smoothLoss());
    }
}
