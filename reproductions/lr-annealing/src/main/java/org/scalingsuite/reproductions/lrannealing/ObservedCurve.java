package org.scalingsuite.reproductions.lrannealing;

import java.util.List;
import org.scalingsuite.core.data.Observations;

/**
 * Observed losses at some steps of a run, with the run's per-step learning rates: what either law needs to fit
 * or predict the curve.
 *
 * @param label    a name for tables and legends, e.g. {@code 400M cosine_24000}
 * @param schedule the per-step learning rates, {@code schedule[k]} for step k
 * @param steps    the observed steps, each inside the schedule
 * @param loss     the observed loss at each step
 */
public record ObservedCurve(String label, double[] schedule, int[] steps, double[] loss) {

    public ObservedCurve {
        if (steps.length != loss.length) {
            throw new IllegalArgumentException(label + ": " + steps.length + " steps but " + loss.length + " losses");
        }
        for (int s : steps) {
            if (s < 0 || s >= schedule.length) {
                throw new IllegalArgumentException(label + ": step " + s + " lies outside the " + schedule.length
                        + "-step schedule");
            }
        }
        schedule = schedule.clone();
        steps = steps.clone();
        loss = loss.clone();
    }

    @Override
    public double[] schedule() {
        return schedule.clone();
    }

    @Override
    public int[] steps() {
        return steps.clone();
    }

    @Override
    public double[] loss() {
        return loss.clone();
    }

    /** @return the number of observed steps. */
    public int size() {
        return steps.length;
    }

    /** @return the observed loss at the last observed step. */
    public double finalLoss() {
        return loss[loss.length - 1];
    }

    /** @return S1 and S2 at the observed steps as observations of {@link AnnealingLaw}, response {@code loss}. */
    public Observations annealingObservations(double lambda) {
        return annealingObservations(List.of(this), lambda);
    }

    /** @return the rows of every curve, in order, as observations of {@link AnnealingLaw}. */
    public static Observations annealingObservations(List<ObservedCurve> curves, double lambda) {
        int n = curves.stream().mapToInt(ObservedCurve::size).sum();
        double[] s1 = new double[n];
        double[] s2 = new double[n];
        double[] y = new double[n];
        int row = 0;
        for (ObservedCurve c : curves) {
            double[] a1 = AnnealingAreas.forwardArea(c.schedule);
            double[] a2 = AnnealingAreas.annealingArea(c.schedule, lambda);
            for (int i = 0; i < c.steps.length; i++) {
                s1[row] = a1[c.steps[i]];
                s2[row] = a2[c.steps[i]];
                y[row] = c.loss[i];
                row++;
            }
        }
        return Observations.of(AnnealingLaw.INPUTS, new double[][] {s1, s2}, "loss", y);
    }
}
