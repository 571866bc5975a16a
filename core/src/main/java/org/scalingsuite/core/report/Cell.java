package org.scalingsuite.core.report;

/**
 * One table cell: text, or a number formatted by the renderer.
 *
 * @param text   the text, or null for a number
 * @param number the number, NaN for text
 */
public record Cell(String text, double number) {

    public static Cell text(String text) {
        return new Cell(text, Double.NaN);
    }

    public static Cell number(double value) {
        return new Cell(null, value);
    }

    /** @return true for a numeric cell. */
    public boolean isNumber() {
        return text == null;
    }
}
