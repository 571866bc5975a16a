package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.List;
import org.scalingsuite.core.law.Law;

/**
 * McCandlish's steps-to-target law as Zhang et al. (2024) fit it: {@code S(B) = S_min + E_min / B}, input B
 * (batch size), parameters (S_min, E_min). Gradient: {@code dS/dS_min = 1}, {@code dS/dE_min = 1/B}. Fitted in
 * log space, {@code log S} against {@code log(S_min + E_min/B)}, as the authors' notebook does.
 */
public final class StepsToTargetLaw implements Law {

    private static final StepsToTargetLaw INSTANCE = new StepsToTargetLaw();

    private StepsToTargetLaw() {
    }

    public static StepsToTargetLaw instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "steps-to-target";
    }

    @Override
    public String formula() {
        return "S(B) = S_min + E_min / B";
    }

    @Override
    public List<String> inputs() {
        return List.of("B");
    }

    @Override
    public List<String> parameters() {
        return List.of("S_min", "E_min");
    }

    @Override
    public double predict(double[] x, double[] p) {
        return p[0] + p[1] / x[0];
    }

    @Override
    public void gradient(double[] x, double[] p, double[] gradient) {
        gradient[0] = 1;
        gradient[1] = 1 / x[0];
    }
}
