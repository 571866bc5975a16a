package org.scalingsuite.site.render;

import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.site.format.Numbers;

/**
 * Maps data values to pixel positions along one axis, linearly or logarithmically, and chooses readable
 * tick values: multiples of 1, 2 or 5 times a power of ten (linear, and log axes spanning less than a
 * decade), or powers of ten (log; with 2 and 5 multiples when the range spans less than three decades).
 */
final class Scale {

    private final double lo;
    private final double hi;
    private final boolean log;
    private final double from;
    private final double to;

    /**
     * @param lo   smallest data value shown
     * @param hi   largest data value shown
     * @param log  logarithmic axis (lo must be positive)
     * @param from pixel of lo
     * @param to   pixel of hi
     */
    Scale(double lo, double hi, boolean log, double from, double to) {
        this.lo = lo;
        this.hi = hi;
        this.log = log;
        this.from = from;
        this.to = to;
    }

    /** @return a scale covering the finite values (positive ones for a log axis), padded by 4%. */
    static Scale covering(List<double[]> values, boolean log, double from, double to) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] vs : values) {
            for (double v : vs) {
                if (Double.isFinite(v) && (!log || v > 0)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            min = log ? 1 : 0;
            max = log ? 10 : 1;
        }
        if (log) {
            double a = Math.log10(min);
            double b = Math.log10(max);
            if (b - a < 1e-9) {
                a -= 0.5;
                b += 0.5;
            }
            double pad = 0.04 * (b - a);
            return new Scale(Math.pow(10, a - pad), Math.pow(10, b + pad), true, from, to);
        }
        if (max - min < 1e-12 * Math.max(1, Math.abs(max))) {
            double half = Math.max(Math.abs(max) * 0.05, 0.5);
            min -= half;
            max += half;
        }
        double pad = 0.04 * (max - min);
        return new Scale(min - pad, max + pad, false, from, to);
    }

    /** @return the pixel position of {@code v}. */
    double map(double v) {
        double t = log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
        return from + t * (to - from);
    }

    /** @return true when {@code v} can be drawn on this axis. */
    boolean accepts(double v) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    /** @return tick values inside the range. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            int a = (int) Math.floor(Math.log10(lo));
            int b = (int) Math.ceil(Math.log10(hi));
            int decades = b - a;
            int step = Math.max(1, decades / 8);
            double span = Math.log10(hi) - Math.log10(lo);
            if (span < 1) {
                return linearTicks();
            }
            double[] multiples = decades <= 2 ? new double[] {1, 2, 5} : new double[] {1};
            for (int e = a; e <= b; e += step) {
                for (double m : multiples) {
                    double v = m * Math.pow(10, e);
                    if (v >= lo && v <= hi) {
                        ticks.add(v);
                    }
                }
            }
            if (ticks.size() < 2) {
                ticks.clear();
                ticks.add(lo);
                ticks.add(hi);
            }
            return ticks;
        }
        return linearTicks();
    }

    /** @return multiples of 1, 2 or 5 times a power of ten, about six across the range. */
    private List<Double> linearTicks() {
        List<Double> ticks = new ArrayList<>();
        double raw = (hi - lo) / 6;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * magnitude;
            if (step >= raw) {
                break;
            }
        }
        double start = Math.ceil(lo / step) * step;
        for (int i = 0; start + i * step <= hi + step * 1e-9; i++) {
            double v = start + i * step;
            ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return ticks;
    }

    /** @return a tick label: "10^k" style as 1e+18 for log powers of ten, else 4 significant digits. */
    String label(double v) {
        return Numbers.format(v, 4);
    }
}
