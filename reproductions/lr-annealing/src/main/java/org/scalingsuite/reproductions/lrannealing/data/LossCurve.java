package org.scalingsuite.reproductions.lrannealing.data;

import java.util.Arrays;

/**
 * One logged loss curve of the Multi-Power-Law repository: a model size, a learning-rate schedule and the
 * rows {@code step, lr, loss} as logged (about every 128 optimizer steps, after warmup).
 *
 * @param modelSize   the model size in millions of parameters (25, 100 or 400)
 * @param schedule    the schedule name, the file name without {@code .csv} (e.g. {@code cosine_24000})
 * @param steps       the optimizer steps of the kept rows, strictly increasing
 * @param lr          the logged learning rate at each kept step
 * @param loss        the logged loss at each kept step (nats per token)
 * @param rowsRead    the data rows in the file
 * @param rowsDropped the rows removed by the upstream rule for 24,000-step files (see
 *                    {@link MultiPowerLawCurves#dropFinalStep})
 */
public record LossCurve(int modelSize, String schedule, int[] steps, double[] lr, double[] loss, int rowsRead,
        int rowsDropped) {

    public LossCurve {
        if (steps.length != lr.length || steps.length != loss.length) {
            throw new IllegalArgumentException("curve " + schedule + ": " + steps.length + " steps, " + lr.length
                    + " learning rates, " + loss.length + " losses");
        }
        steps = steps.clone();
        lr = lr.clone();
        loss = loss.clone();
    }

    /** @return the number of kept rows. */
    public int size() {
        return steps.length;
    }

    /** @return the last kept step. */
    public int lastStep() {
        return steps[steps.length - 1];
    }

    /** @return the loss at the last kept step. */
    public double finalLoss() {
        return loss[loss.length - 1];
    }

    /** @return a label such as {@code 400M cosine_24000}. */
    public String label() {
        return modelSize + "M " + schedule;
    }

    @Override
    public int[] steps() {
        return steps.clone();
    }

    @Override
    public double[] lr() {
        return lr.clone();
    }

    @Override
    public double[] loss() {
        return loss.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LossCurve c && modelSize == c.modelSize && schedule.equals(c.schedule)
                && Arrays.equals(steps, c.steps) && Arrays.equals(lr, c.lr) && Arrays.equals(loss, c.loss)
                && rowsRead == c.rowsRead && rowsDropped == c.rowsDropped;
    }

    @Override
    public int hashCode() {
        return schedule.hashCode() * 31 + Arrays.hashCode(loss);
    }
}
