package org.scalingsuite.reproductions.flp;

import java.util.List;
import org.scalingsuite.core.law.Law;

/**
 * FLP's stage 2, loss to performance: the linear map {@code P(L) = w0 + w1 L}, parameters (w0, w1);
 * gradient (1, L). Fitted by {@link Stage2Fit} in closed form on intermediate checkpoints whose accuracy
 * has emerged ({@link EmergenceFilter}).
 *
 * <p>Reference: Chen et al., arXiv:2410.08527, stage 2 of FLP (as quoted by ICLR 2025 review 1).
 */
public final class LossPerformanceLaw implements Law {

    private static final LossPerformanceLaw INSTANCE = new LossPerformanceLaw();

    private LossPerformanceLaw() {
    }

    public static LossPerformanceLaw instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "flp-stage2";
    }

    @Override
    public String formula() {
        return "P(L) = w0 + w1 L";
    }

    @Override
    public List<String> inputs() {
        return List.of("L");
    }

    @Override
    public List<String> parameters() {
        return List.of("w0", "w1");
    }

    @Override
    public double predict(double[] x, double[] p) {
        return p[0] + p[1] * x[0];
    }

    @Override
    public void gradient(double[] x, double[] p, double[] gradient) {
        gradient[0] = 1;
        gradient[1] = x[0];
    }

    @Override
    public double logPredict(double[] x, double[] p) {
        return Math.log(predict(x, p));
    }
}
