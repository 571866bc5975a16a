package org.scalingsuite.reproductions.flp;

import java.util.Arrays;

/**
 * A fitted two-layer network from a vector of domain losses to accuracy, FLP-M's stage 2:
 * {@code P(x) = b2 + sum_j v_j relu(b1_j + sum_k W_jk z_k)}, with {@code z_k = (x_k - mean_k) / sd_k} the
 * inputs standardised by the training data's means and standard deviations.
 *
 * <p>Parameter vector layout (as trained by {@link NetworkTrainer}): {@code W} row by row (hidden x inputs),
 * then {@code b1} (hidden), then {@code v} (hidden), then {@code b2}.
 *
 * <p>Reference: Chen et al., arXiv:2410.08527, FLP-M (a two-layer neural network from domain losses to
 * performance; width and activation are not public, so ReLU with 8 hidden units is the suite's choice).
 *
 * @param inputs       number of inputs
 * @param hidden       number of hidden units
 * @param parameters   the weights in the layout above
 * @param means        training means of the inputs
 * @param sds          training standard deviations of the inputs
 */
public record TwoLayerNetwork(int inputs, int hidden, double[] parameters, double[] means, double[] sds) {

    public TwoLayerNetwork {
        if (parameters.length != size(inputs, hidden) || means.length != inputs || sds.length != inputs) {
            throw new IllegalArgumentException("inconsistent network shapes");
        }
        parameters = parameters.clone();
        means = means.clone();
        sds = sds.clone();
    }

    /** @return the number of weights of a network with these dimensions. */
    public static int size(int inputs, int hidden) {
        return hidden * inputs + 2 * hidden + 1;
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] sds() {
        return sds.clone();
    }

    /** @return the predicted accuracy for raw (unstandardised) inputs {@code x}. */
    public double predict(double... x) {
        if (x.length != inputs) {
            throw new IllegalArgumentException("expected " + inputs + " inputs, got " + x.length);
        }
        double[] z = new double[inputs];
        for (int k = 0; k < inputs; k++) {
            z[k] = (x[k] - means[k]) / sds[k];
        }
        return forward(parameters, z, inputs, hidden);
    }

    /** @return the network output at standardised inputs {@code z}. */
    static double forward(double[] p, double[] z, int inputs, int hidden) {
        int b1 = hidden * inputs;
        int v = b1 + hidden;
        double out = p[v + hidden];
        for (int j = 0; j < hidden; j++) {
            double a = p[b1 + j];
            for (int k = 0; k < inputs; k++) {
                a += p[j * inputs + k] * z[k];
            }
            if (a > 0) {
                out += p[v + j] * a;
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TwoLayerNetwork n && inputs == n.inputs && hidden == n.hidden
                && Arrays.equals(parameters, n.parameters) && Arrays.equals(means, n.means)
                && Arrays.equals(sds, n.sds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parameters);
    }

    @Override
    public String toString() {
        return "TwoLayerNetwork[inputs=" + inputs + ", hidden=" + hidden + ", parameters="
                + Arrays.toString(parameters) + "]";
    }
}
