package org.scalingsuite.site.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Display formatting: significant digits, trimmed zeros, scientific notation outside [1e-4, 1e9). */
class NumbersTest {

    @Test
    void formatsWithSignificantDigits() {
        assertEquals("0.00101827", Numbers.format(0.0010182740178));
        assertEquals("477.825", Numbers.format(477.8254230491709));
        assertEquals("245", Numbers.format(245.0));
        assertEquals("1.5", Numbers.format(1.5));
        assertEquals("5.88e+23", Numbers.format(5.88e23));
        assertEquals("2.5e-05", Numbers.format(2.5e-5));
        assertEquals("-0.0123", Numbers.format(-0.0123));
        assertEquals("0", Numbers.format(0.0));
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("inf", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("1.23e+09", Numbers.format(1.23e9, 3));
    }
}
