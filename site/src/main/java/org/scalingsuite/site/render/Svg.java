package org.scalingsuite.site.render;

import java.util.Locale;

/** Small helpers for writing SVG text: escaping and fixed-precision coordinates. */
final class Svg {

    /** Colour-blind-safe qualitative palette (Okabe and Ito 2008). */
    static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
        "#F0E442"};

    private Svg() {
    }

    /** @return {@code text} escaped for XML character data and attribute values. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** @return a coordinate with two decimals, locale-independent. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** @return the opening of a standalone, labelled SVG document. */
    static String open(double width, double height, String id, String title, String description) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n(width) + "\" height=\"" + n(height)
                + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\" role=\"img\" aria-labelledby=\"" + id
                + "-title " + id + "-desc\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n"
                + "<title id=\"" + id + "-title\">" + escape(title) + "</title>\n"
                + "<desc id=\"" + id + "-desc\">" + escape(description) + "</desc>\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    }
}
