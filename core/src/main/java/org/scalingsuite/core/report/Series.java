package org.scalingsuite.core.report;

import java.util.Arrays;

/**
 * One named set of (x, y) points in a chart.
 *
 * @param name  the legend entry
 * @param style how it is drawn
 * @param x     x values
 * @param y     y values, same length
 */
public record Series(String name, Style style, double[] x, double[] y) {

    /** Markers, a solid line, or a dashed line (e.g. a prediction beyond the fitted range). */
    public enum Style {
        POINTS,
        LINE,
        DASHED
    }

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + name + ": " + x.length + " x values, " + y.length + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && name.equals(s.name) && style == s.style && Arrays.equals(x, s.x)
                && Arrays.equals(y, s.y);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(y);
    }
}
