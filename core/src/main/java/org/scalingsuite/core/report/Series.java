package org.scalingsuite.core.report;

import java.util.Arrays;

/**
 * One named set of (x, y) points in a chart.
 *
 * @param name  the legend entry
 * @param style how it is drawn
 * @param x     x values
 * @param y     y values, same length
 * @param group series of one group share a colour (e.g. a model's runs and its fitted curve, told apart by
 *              style); by default each series is its own group
 */
public record Series(String name, Style style, double[] x, double[] y, String group) {

    /** Markers, a solid line, or a dashed line (e.g. a prediction beyond the fitted range). */
    public enum Style {
        POINTS,
        LINE,
        DASHED
    }

    /** A series in a group of its own. */
    public Series(String name, Style style, double[] x, double[] y) {
        this(name, style, x, y, name);
    }

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + name + ": " + x.length + " x values, " + y.length + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    /** @return this series in colour group {@code name}. */
    public Series inGroup(String name) {
        return new Series(this.name, style, x, y, name);
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
        return o instanceof Series s && name.equals(s.name) && style == s.style && group.equals(s.group)
                && Arrays.equals(x, s.x) && Arrays.equals(y, s.y);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(y);
    }
}
