package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.SplittableRandom;

/**
 * A seeded synthetic test bed for the two-batch noise-scale estimator: per-example gradients
 * {@code g = G + A z} with {@code z ~ N(0, I)}, so their covariance is {@code Sigma = A A^T}. A batch gradient is
 * the mean of B per-example gradients, {@code G + A (sum z)/B}; its squared norm is what a training run would
 * measure. G and A are themselves drawn from the seed.
 *
 * @param gradient G
 * @param factor   A (d x d)
 */
public record SyntheticGradients(double[] gradient, double[][] factor) {

    /**
     * @param dimension  d
     * @param noise      the scale of A's entries (A_ij ~ N(0, noise^2 / d))
     * @param random     the seeded stream G and A are drawn from
     */
    public static SyntheticGradients draw(int dimension, double noise, SplittableRandom random) {
        double[] g = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            g[i] = random.nextGaussian();
        }
        double[][] a = new double[dimension][dimension];
        double s = noise / Math.sqrt(dimension);
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < dimension; j++) {
                a[i][j] = s * random.nextGaussian();
            }
        }
        return new SyntheticGradients(g, a);
    }

    /** @return Sigma = A A^T. */
    public double[][] covariance() {
        int d = gradient.length;
        double[][] c = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double v = 0;
                for (int k = 0; k < d; k++) {
                    v += factor[i][k] * factor[j][k];
                }
                c[i][j] = v;
            }
        }
        return c;
    }

    /** @return the exact B_simple = tr(Sigma) / |G|^2. */
    public double simpleNoiseScale() {
        double tr = 0;
        double g2 = 0;
        for (int i = 0; i < gradient.length; i++) {
            g2 += gradient[i] * gradient[i];
            for (int k = 0; k < gradient.length; k++) {
                tr += factor[i][k] * factor[i][k];
            }
        }
        return tr / g2;
    }

    /** @return |G_B|^2 for one batch of {@code batch} per-example gradients drawn from {@code random}. */
    public double batchNormSquared(int batch, SplittableRandom random) {
        int d = gradient.length;
        double[] z = new double[d];
        double root = Math.sqrt(batch);
        for (int k = 0; k < d; k++) {
            z[k] = root * random.nextGaussian();
        }
        double norm = 0;
        for (int i = 0; i < d; i++) {
            double v = gradient[i];
            for (int k = 0; k < d; k++) {
                v += factor[i][k] * z[k] / batch;
            }
            norm += v * v;
        }
        return norm;
    }

    /** @return the two-batch estimate from {@code batches} small and {@code batches} big batches. */
    public TwoBatchEstimate estimate(int smallBatch, int bigBatch, int batches, SplittableRandom random) {
        double small = 0;
        double big = 0;
        for (int i = 0; i < batches; i++) {
            small += batchNormSquared(smallBatch, random);
            big += batchNormSquared(bigBatch, random);
        }
        return TwoBatchEstimate.of(small / batches, big / batches, smallBatch, bigBatch);
    }
}
