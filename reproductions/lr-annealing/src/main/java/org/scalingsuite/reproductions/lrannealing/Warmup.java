package org.scalingsuite.reproductions.lrannealing;

/**
 * How the warmup steps enter the per-step learning rates from which the laws' areas are summed.
 */
public enum Warmup {
    /**
     * Every warmup step counted at the peak learning rate, although training warmed up linearly: Tissue et al.'s
     * convention (their fitting example, citing Section 3.4 of the paper).
     */
    AT_PEAK,
    /**
     * The learning rates actually used: a linear ramp {@code eta_k = eta_max * k / (w - 1)} over steps
     * {@code 0..w-1} ({@code numpy.linspace(0, eta_max, w)}), as the Multi-Power-Law code builds them.
     */
    LINEAR
}
