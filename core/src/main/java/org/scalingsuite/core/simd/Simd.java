package org.scalingsuite.core.simd;

import java.util.function.Supplier;
import org.scalingsuite.core.optim.DifferentiableFunction;

/**
 * Entry point to the SIMD kernels ({@link org.scalingsuite.core.objective.Kernel#SIMD}). The kernels use the
 * JDK's incubating Vector API, which the JVM loads only when started with
 * {@code --add-modules jdk.incubator.vector}; this class refers to none of its types, so it can be loaded and
 * asked {@link #available()} on any JVM.
 */
public final class Simd {

    static final String MODULE = "jdk.incubator.vector";

    private Simd() {
    }

    /** @return whether the Vector API module is loaded in this JVM. */
    public static boolean available() {
        return ModuleLayer.boot().findModule(MODULE).isPresent();
    }

    /** @throws UnsupportedOperationException naming the JVM option when the module is not loaded */
    public static void requireAvailable() {
        if (!available()) {
            throw new UnsupportedOperationException("the SIMD kernel needs the Vector API: start the JVM with "
                    + "--add-modules " + MODULE + " (e.g. java --add-modules " + MODULE + " -jar ...)");
        }
    }

    /**
     * The summed Huber loss of log residuals under the log-sum-exp Chinchilla law, four rows at a time
     * ({@link ChinchillaLogHuberKernel}). The rows are laid out for the vectors once; each function supplied
     * has its own scratch buffers (one per thread).
     *
     * @param logN   log N per row
     * @param logD   log D per row
     * @param target log L per row
     * @param delta  the Huber threshold
     * @param exact  the same loss by the exact kernel, used where the parameters would take an exponential
     *               outside [-708, 708] (where the SIMD exp is not defined); asked for a function only then
     */
    public static Supplier<DifferentiableFunction> chinchillaLogHuber(double[] logN, double[] logD, double[] target,
            double delta, Supplier<DifferentiableFunction> exact) {
        requireAvailable();
        ChinchillaLogHuberKernel.Rows rows = new ChinchillaLogHuberKernel.Rows(logN, logD, target, delta);
        return () -> new ChinchillaLogHuberKernel(rows, exact);
    }
}
