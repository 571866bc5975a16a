package org.scalingsuite.site.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Formats numbers for people: a fixed number of significant digits, trailing zeros removed, scientific
 * notation for very large or small magnitudes. Output is locale-independent and deterministic.
 */
public final class Numbers {

    /** The default number of significant digits. */
    public static final int DEFAULT_DIGITS = 6;

    private Numbers() {
    }

    /** @return {@code value} with six significant digits. */
    public static String format(double value) {
        return format(value, DEFAULT_DIGITS);
    }

    /**
     * @return {@code value} rounded half-even to {@code digits} significant digits; integers below 1e9 are
     *         printed whole; magnitudes from 1e-4 to 1e9 in plain notation, others as {@code 1.2345e+21};
     *         NaN as an empty string and infinities as "inf" / "-inf"
     */
    public static String format(double value, int digits) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (value == Math.rint(value) && magnitude < 1e9) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        if (magnitude >= 1e-4 && magnitude < 1e9) {
            return strip(rounded.toPlainString());
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent);
        return strip(mantissa.toPlainString()) + "e" + (exponent < 0 ? "-" : "+")
                + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }

    /** @return a percentage with {@code decimals} decimals, e.g. 0.7103 -> "0.7103%" for decimals 4. */
    public static String percent(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", value);
    }

    private static String strip(String plain) {
        if (!plain.contains(".")) {
            return plain;
        }
        String s = plain.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
