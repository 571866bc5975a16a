package org.scalingsuite.reproductions.lrannealing.data;

/**
 * One row of the Multi-Power-Law README ("Best Parameters" and "Evaluation Metrics"), as transcribed in
 * {@code lr-annealing/multipowerlaw/mpl_published_params.csv}.
 *
 * @param line       the line in the source file
 * @param modelSize  the model size in millions of parameters
 * @param parameters L0, A, alpha, B, C, beta, gamma, in that order
 * @param r2         published test R^2 (mean over the six test curves)
 * @param mae        published test mean absolute error
 * @param rmse       published test root-mean-square error
 * @param predE      published test mean relative error
 * @param worstE     published test worst relative error
 */
public record MplPublishedRow(long line, int modelSize, double[] parameters, double r2, double mae, double rmse,
        double predE, double worstE) {

    public MplPublishedRow {
        if (parameters.length != 7) {
            throw new IllegalArgumentException("the MPL has 7 parameters, got " + parameters.length);
        }
        parameters = parameters.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }
}
