package org.scalingsuite.core.fit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Cartesian grid of starting points: one list of candidate values per parameter, every combination
 * once. The iteration order is explicit: the first name of {@link #order()} varies slowest (like
 * {@code itertools.product} over those lists), which decides which start wins a tie.
 *
 * <p>Example, Hoffmann et al. App. D.2 (4,500 starts), iterated as Epoch does (alpha slowest, b fastest):
 * <pre>{@code
 * StartGrid.builder()
 *     .values("a", StartGrid.range(0, 25, 5)) ...
 *     .order("alpha", "beta", "e", "a", "b")
 *     .build(List.of("a", "b", "e", "alpha", "beta"));
 * }</pre>
 */
public final class StartGrid {

    private final List<String> parameterNames;
    private final double[][] values;
    private final int[] orderIndex;
    private final int size;

    private StartGrid(List<String> parameterNames, double[][] values, int[] orderIndex) {
        this.parameterNames = List.copyOf(parameterNames);
        this.values = values;
        this.orderIndex = orderIndex;
        long count = 1;
        for (double[] v : values) {
            count *= v.length;
        }
        if (count > Integer.MAX_VALUE || count == 0) {
            throw new IllegalArgumentException("grid size must be between 1 and 2^31-1: " + count);
        }
        this.size = (int) count;
    }

    /** @return a grid with a single start. */
    public static StartGrid single(List<String> parameterNames, double... start) {
        Builder b = builder();
        for (int i = 0; i < start.length; i++) {
            b.values(parameterNames.get(i), start[i]);
        }
        return b.build(parameterNames);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return {@code from, from + step, ...} up to and including {@code to} (allowing for rounding in
     *         {@code (to - from) / step}), never beyond it:
     *         the inclusive ranges of Hoffmann's grid, which a half-open {@code arange(from, to, step)} would
     *         cut short
     */
    public static double[] range(double from, double to, double step) {
        if (!(step > 0) || to < from) {
            throw new IllegalArgumentException("invalid range " + from + ".." + to + " step " + step);
        }
        BigDecimal start = BigDecimal.valueOf(from);
        BigDecimal inc = BigDecimal.valueOf(step);
        int count = (int) Math.floor((to - from) / step + 1e-9) + 1;
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = start.add(inc.multiply(BigDecimal.valueOf(i))).doubleValue();
        }
        return out;
    }

    /** @return the number of starts. */
    public int size() {
        return size;
    }

    public List<String> parameterNames() {
        return parameterNames;
    }

    /** @return the candidate values of the named parameter. */
    public double[] values(String name) {
        return values[parameterNames.indexOf(name)].clone();
    }

    /** @return the iteration order, slowest-varying first. */
    public List<String> order() {
        List<String> order = new ArrayList<>();
        for (int i : orderIndex) {
            order.add(parameterNames.get(i));
        }
        return order;
    }

    /** @return start number {@code index} (0-based), in parameter order. */
    public double[] start(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("start " + index + " of " + size);
        }
        double[] start = new double[parameterNames.size()];
        int rest = index;
        for (int pos = orderIndex.length - 1; pos >= 0; pos--) {
            int param = orderIndex[pos];
            int count = values[param].length;
            start[param] = values[param][rest % count];
            rest /= count;
        }
        return start;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StartGrid[" + size + " starts:");
        for (int i = 0; i < parameterNames.size(); i++) {
            sb.append(' ').append(parameterNames.get(i)).append(Arrays.toString(values[i]));
        }
        return sb.append(']').toString();
    }

    /** Collects the candidate values per parameter and the iteration order. */
    public static final class Builder {
        private final Map<String, double[]> values = new LinkedHashMap<>();
        private List<String> order;

        private Builder() {
        }

        /** Sets the candidate values of one parameter. */
        public Builder values(String name, double... candidates) {
            if (candidates.length == 0) {
                throw new IllegalArgumentException("no candidate values for " + name);
            }
            values.put(name, candidates.clone());
            return this;
        }

        /** Sets the iteration order, slowest-varying first (default: parameter order). */
        public Builder order(String... names) {
            this.order = List.of(names);
            return this;
        }

        /** @return the grid over the named parameters, in that order. */
        public StartGrid build(List<String> parameterNames) {
            if (!values.keySet().equals(new java.util.HashSet<>(parameterNames))) {
                throw new IllegalArgumentException(
                        "grid values given for " + values.keySet() + " but the parameters are " + parameterNames);
            }
            double[][] v = new double[parameterNames.size()][];
            for (int i = 0; i < v.length; i++) {
                v[i] = values.get(parameterNames.get(i));
            }
            List<String> iteration = order == null ? parameterNames : order;
            if (iteration.size() != parameterNames.size()
                    || !new java.util.HashSet<>(iteration).equals(new java.util.HashSet<>(parameterNames))) {
                throw new IllegalArgumentException("order " + iteration + " must list each of " + parameterNames);
            }
            int[] idx = iteration.stream().mapToInt(parameterNames::indexOf).toArray();
            return new StartGrid(parameterNames, v, idx);
        }
    }
}
