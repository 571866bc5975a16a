package org.scalingsuite.core.report;

/**
 * A plot axis.
 *
 * @param label the quantity, e.g. "Training compute"
 * @param unit  the unit, e.g. "FLOP" (empty when dimensionless)
 * @param log   true for a logarithmic scale
 */
public record Axis(String label, String unit, boolean log) {

    public static Axis linear(String label, String unit) {
        return new Axis(label, unit, false);
    }

    public static Axis log(String label, String unit) {
        return new Axis(label, unit, true);
    }

    /** @return the label with its unit in parentheses, e.g. "Training compute (FLOP)". */
    public String title() {
        return unit == null || unit.isEmpty() ? label : label + " (" + unit + ")";
    }
}
