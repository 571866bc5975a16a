package org.scalingsuite.reproductions.flp;

/**
 * A fitted FLP stage 2 for one task, {@code P = w0 + w1 L} ({@link LossPerformanceLaw}), by ordinary least
 * squares on the emerged checkpoints.
 *
 * @param benchmark the task
 * @param line      the fit of accuracy on loss (intercept w0, slope w1)
 * @param dropped   checkpoints left out by the emergence filter
 */
public record Stage2Fit(Benchmark benchmark, LinearFit line, int dropped) {

    public double w0() {
        return line.intercept();
    }

    public double w1() {
        return line.slope();
    }

    /** @return the checkpoints used. */
    public int kept() {
        return line.points();
    }

    /** @return the predicted accuracy at loss {@code loss}. */
    public double predict(double loss) {
        return line.predict(loss);
    }
}
