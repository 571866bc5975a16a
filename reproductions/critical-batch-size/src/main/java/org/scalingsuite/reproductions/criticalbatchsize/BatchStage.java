package org.scalingsuite.reproductions.criticalbatchsize;

/**
 * A stretch of training at one batch size.
 *
 * @param tokens         tokens trained in this stretch
 * @param batchDocuments the batch size in documents (sequences) of the schedule's document length
 */
public record BatchStage(double tokens, double batchDocuments) {

    public BatchStage {
        if (!(tokens >= 0) || !Double.isFinite(tokens)) {
            throw new IllegalArgumentException("stage tokens must be finite and non-negative: " + tokens);
        }
        if (!(batchDocuments > 0) || !Double.isFinite(batchDocuments)) {
            throw new IllegalArgumentException("batch size must be positive: " + batchDocuments);
        }
    }
}
