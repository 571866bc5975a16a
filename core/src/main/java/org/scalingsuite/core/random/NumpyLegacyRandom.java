package org.scalingsuite.core.random;

/**
 * The draws of numpy's legacy global generator ({@code np.random.seed(s)} then {@code np.random.*}) that the
 * reproduced papers rely on, bit for bit:
 * <ul>
 *   <li>{@link #randomSample()}: {@code random_sample()}, {@code (a * 2^26 + b) / 2^53} from two 32-bit words
 *       with 27 and 26 high bits;</li>
 *   <li>{@link #boundedInt(int)}: {@code randint(0, bound)} for bounds up to 2^32, by masked rejection: draw
 *       32 bits, keep the lowest bits under the smallest all-ones mask covering {@code bound - 1}, reject
 *       values above it. {@code choice(a, size, replace=True)} is {@code a[randint(0, len(a), size)]}.</li>
 * </ul>
 */
public final class NumpyLegacyRandom {

    private final Mt19937 mt;

    public NumpyLegacyRandom(long seed) {
        this.mt = new Mt19937(seed);
    }

    /** @return a uniform double in [0, 1), as {@code np.random.random_sample()}. */
    public double randomSample() {
        long a = Integer.toUnsignedLong(mt.nextInt()) >>> 5;
        long b = Integer.toUnsignedLong(mt.nextInt()) >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** @return a uniform integer in [0, bound), as {@code np.random.randint(0, bound)}. */
    public int boundedInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long max = bound - 1L;
        if (max == 0) {
            return 0;
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        long value;
        do {
            value = Integer.toUnsignedLong(mt.nextInt()) & mask;
        } while (value > max);
        return (int) value;
    }
}
