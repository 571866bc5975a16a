package org.scalingsuite.reproductions.overtraining;

import java.util.List;
import org.scalingsuite.core.law.Law;

/**
 * The downstream law of Gadre et al. (2024), Eq. (5): mean top-1 error as a function of the C4-eval loss L,
 *
 * <pre>
 *   Err(L) = epsilon - k exp(-gamma L),
 * </pre>
 *
 * parameters (k, gamma, epsilon) in the order the authors' code fits them. With perplexity PPL = e^L it is the
 * power law Err = epsilon - k PPL^-gamma; epsilon is the error as L grows without bound.
 *
 * <p>Gradient: dErr/dk = -exp(-gamma L); dErr/dgamma = k L exp(-gamma L); dErr/depsilon = 1.
 */
public final class ErrorLaw implements Law {

    public static final List<String> PARAMETERS = List.of("k", "gamma", "epsilon");
    private static final ErrorLaw INSTANCE = new ErrorLaw();

    private ErrorLaw() {
    }

    public static ErrorLaw instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "loss-to-error";
    }

    @Override
    public String formula() {
        return "Err(L) = epsilon - k exp(-gamma L)";
    }

    @Override
    public List<String> inputs() {
        return List.of("L");
    }

    @Override
    public List<String> parameters() {
        return PARAMETERS;
    }

    @Override
    public double predict(double[] x, double[] p) {
        return p[2] - p[0] * Math.exp(-p[1] * x[0]);
    }

    @Override
    public void gradient(double[] x, double[] p, double[] gradient) {
        double e = Math.exp(-p[1] * x[0]);
        gradient[0] = -e;
        gradient[1] = p[0] * x[0] * e;
        gradient[2] = 1;
    }

    /** @return Err at loss {@code loss}. */
    public static double at(double[] p, double loss) {
        return p[2] - p[0] * Math.exp(-p[1] * loss);
    }
}
