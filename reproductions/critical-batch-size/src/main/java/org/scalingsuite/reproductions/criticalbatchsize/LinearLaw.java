package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.core.law.Law;

/**
 * A linear model {@code y = c_0 + sum_j c_j x_j}, parameters (intercept, coef_x1, ...). Least squares on it is
 * ordinary least squares; Step Law fits {@code ln lr ~ ln N + ln D} and {@code ln B ~ ln D} this way.
 */
public final class LinearLaw implements Law {

    private final List<String> inputs;
    private final List<String> parameters;

    private LinearLaw(List<String> inputs) {
        this.inputs = List.copyOf(inputs);
        List<String> p = new ArrayList<>();
        p.add("intercept");
        for (String x : inputs) {
            p.add("coef_" + x);
        }
        this.parameters = List.copyOf(p);
    }

    /** @return the linear law in the named inputs. */
    public static LinearLaw of(String... inputs) {
        return new LinearLaw(List.of(inputs));
    }

    @Override
    public String name() {
        return "linear-" + String.join("-", inputs);
    }

    @Override
    public String formula() {
        StringBuilder sb = new StringBuilder("y = c_0");
        for (int j = 0; j < inputs.size(); j++) {
            sb.append(" + c_").append(j + 1).append(' ').append(inputs.get(j));
        }
        return sb.toString();
    }

    @Override
    public List<String> inputs() {
        return inputs;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }

    @Override
    public double predict(double[] x, double[] p) {
        double y = p[0];
        for (int j = 0; j < x.length; j++) {
            y += p[j + 1] * x[j];
        }
        return y;
    }

    @Override
    public void gradient(double[] x, double[] p, double[] gradient) {
        gradient[0] = 1;
        System.arraycopy(x, 0, gradient, 1, x.length);
    }
}
