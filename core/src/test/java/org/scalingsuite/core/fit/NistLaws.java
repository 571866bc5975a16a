package org.scalingsuite.core.fit;

import java.util.List;
import org.scalingsuite.core.law.Law;

/** The models of the NIST StRD datasets used here, as {@link Law}s with hand-derived analytic gradients. */
final class NistLaws {

    private NistLaws() {
    }

    /** Misra1a: y = b1 (1 - exp(-b2 x)); dy/db1 = 1 - exp(-b2 x), dy/db2 = b1 x exp(-b2 x). */
    static final Law MISRA1A = new Law() {
        @Override
        public String name() {
            return "misra1a";
        }

        @Override
        public String formula() {
            return "y = b1*(1-exp(-b2*x))";
        }

        @Override
        public List<String> inputs() {
            return List.of("x");
        }

        @Override
        public List<String> parameters() {
            return List.of("b1", "b2");
        }

        @Override
        public double predict(double[] x, double[] p) {
            return p[0] * (1 - Math.exp(-p[1] * x[0]));
        }

        @Override
        public void gradient(double[] x, double[] p, double[] g) {
            double e = Math.exp(-p[1] * x[0]);
            g[0] = 1 - e;
            g[1] = p[0] * x[0] * e;
        }
    };

    /**
     * Thurber: y = (b1 + b2 x + b3 x^2 + b4 x^3) / (1 + b5 x + b6 x^2 + b7 x^3) = P / Q;
     * dy/db_{1..4} = x^{0..3} / Q, dy/db_{5..7} = -x^{1..3} P / Q^2.
     */
    static final Law THURBER = new Law() {
        @Override
        public String name() {
            return "thurber";
        }

        @Override
        public String formula() {
            return "y = (b1 + b2*x + b3*x^2 + b4*x^3) / (1 + b5*x + b6*x^2 + b7*x^3)";
        }

        @Override
        public List<String> inputs() {
            return List.of("x");
        }

        @Override
        public List<String> parameters() {
            return List.of("b1", "b2", "b3", "b4", "b5", "b6", "b7");
        }

        @Override
        public double predict(double[] x, double[] p) {
            double t = x[0];
            return (p[0] + t * (p[1] + t * (p[2] + t * p[3]))) / (1 + t * (p[4] + t * (p[5] + t * p[6])));
        }

        @Override
        public void gradient(double[] x, double[] p, double[] g) {
            double t = x[0];
            double num = p[0] + t * (p[1] + t * (p[2] + t * p[3]));
            double den = 1 + t * (p[4] + t * (p[5] + t * p[6]));
            double ratio = num / (den * den);
            g[0] = 1 / den;
            g[1] = t / den;
            g[2] = t * t / den;
            g[3] = t * t * t / den;
            g[4] = -t * ratio;
            g[5] = -t * t * ratio;
            g[6] = -t * t * t * ratio;
        }
    };

    static Law forDataset(String name) {
        return switch (name) {
            case "Misra1a" -> MISRA1A;
            case "Thurber" -> THURBER;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
