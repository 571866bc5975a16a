package org.scalingsuite.reproductions.criticalbatchsize;

/**
 * How the base learning rate follows the batch size when the batch is multiplied by k (Merrill et al. 2025,
 * Section 3.1, after Malladi et al. 2022): {@code f(k) = k} for SGD and {@code f(k) = sqrt(k)} for Adam. The
 * schedule's shape is kept; only the base rate is rescaled.
 */
public enum LearningRateScaling {
    /** Linear scaling, f(k) = k. */
    SGD {
        @Override
        public double factor(double k) {
            return check(k);
        }
    },
    /** Square-root scaling, f(k) = sqrt(k) (used for Adam in the paper). */
    ADAM {
        @Override
        public double factor(double k) {
            return Math.sqrt(check(k));
        }
    };

    /** @return f(k) for a batch multiplier k &gt; 0. */
    public abstract double factor(double k);

    /** @return the learning rate for batch {@code k B} from base rate {@code eta}. */
    public double scale(double eta, double k) {
        return eta * factor(k);
    }

    private static double check(double k) {
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new IllegalArgumentException("batch multiplier must be positive: " + k);
        }
        return k;
    }
}
