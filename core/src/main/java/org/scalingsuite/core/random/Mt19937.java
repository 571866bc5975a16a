package org.scalingsuite.core.random;

/**
 * The 32-bit Mersenne Twister MT19937 with the {@code init_genrand} seeding used by numpy's legacy
 * {@code RandomState.seed(int)}. Not thread-safe.
 *
 * <p>Reference: M. Matsumoto, T. Nishimura, "Mersenne twister: a 623-dimensionally equidistributed uniform
 * pseudo-random number generator", ACM Trans. Model. Comput. Simul. 8(1), 1998, 3-30.
 */
public final class Mt19937 {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index;

    /** @param seed a seed in [0, 2^32), as numpy's legacy seeding requires */
    public Mt19937(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be between 0 and 2^32 - 1: " + seed);
        }
        mt[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            int prev = mt[i - 1];
            mt[i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
        }
        index = N;
    }

    /** @return the next 32 random bits. */
    public int nextInt() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (mt[i] & UPPER) | (mt[(i + 1) % N] & LOWER);
            mt[i] = mt[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        index = 0;
    }
}
