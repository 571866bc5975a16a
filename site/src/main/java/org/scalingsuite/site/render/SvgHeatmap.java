package org.scalingsuite.site.render;

import java.util.Locale;
import org.scalingsuite.core.report.Heatmap;
import org.scalingsuite.site.format.Numbers;

/**
 * Draws a {@link Heatmap} as a standalone SVG: one cell per (row, column), coloured on a sequential scale
 * of log(1 + value) (so a few very large errors do not wash out the rest), with the value printed in each
 * cell and, when published values exist, the published value beneath it. Empty (NaN) cells are hatched grey.
 */
final class SvgHeatmap {

    private static final double LEFT = 120;
    private static final double TOP = 64;
    private static final double CELL_W = 62;
    private static final double CELL_H = 34;

    private SvgHeatmap() {
    }

    static String render(Heatmap map) {
        int rows = map.rows().size();
        int cols = map.columns().size();
        double width = LEFT + cols * CELL_W + 24;
        double height = TOP + rows * CELL_H + 66;
        double[][] values = map.values();
        double[][] published = map.published();
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        String id = "fig-" + map.id();
        StringBuilder sb = new StringBuilder(Svg.open(width, height, id, map.title(), map.description()));
        sb.append("<text x=\"").append(Svg.n(width / 2)).append("\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" "
                + "font-weight=\"600\">").append(Svg.escape(map.title())).append("</text>\n");
        sb.append("<text x=\"").append(Svg.n(LEFT + cols * CELL_W / 2)).append("\" y=\"44\" text-anchor=\"middle\">")
                .append(Svg.escape(map.columnAxis())).append("</text>\n");
        for (int c = 0; c < cols; c++) {
            sb.append("<text x=\"").append(Svg.n(LEFT + (c + 0.5) * CELL_W)).append("\" y=\"").append(Svg.n(TOP - 6))
                    .append("\" text-anchor=\"middle\" font-size=\"11\">").append(Svg.escape(map.columns().get(c)))
                    .append("</text>\n");
        }
        sb.append("<text transform=\"translate(14 ").append(Svg.n(TOP + rows * CELL_H / 2))
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(Svg.escape(map.rowAxis())).append("</text>\n");
        for (int r = 0; r < rows; r++) {
            double y = TOP + r * CELL_H;
            sb.append("<text x=\"").append(Svg.n(LEFT - 8)).append("\" y=\"").append(Svg.n(y + CELL_H / 2 + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\">").append(Svg.escape(map.rows().get(r)))
                    .append("</text>\n");
            for (int c = 0; c < cols; c++) {
                double x = LEFT + c * CELL_W;
                double v = values[r][c];
                double p = published == null ? Double.NaN : published[r][c];
                String fill = Double.isFinite(v) ? colour(v, max) : "#eceef2";
                sb.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(y)).append("\" width=\"")
                        .append(Svg.n(CELL_W)).append("\" height=\"").append(Svg.n(CELL_H)).append("\" fill=\"")
                        .append(fill).append("\" stroke=\"#ffffff\"/>\n");
                String textColour = Double.isFinite(v) && shade(v, max) > 0.55 ? "#ffffff" : "#1d2430";
                if (Double.isFinite(v)) {
                    sb.append("<text x=\"").append(Svg.n(x + CELL_W / 2)).append("\" y=\"")
                            .append(Svg.n(y + (Double.isFinite(p) ? 15 : 21))).append("\" text-anchor=\"middle\" fill=\"")
                            .append(textColour).append("\" font-size=\"11\">").append(Svg.escape(Numbers.format(v, 4)))
                            .append("</text>\n");
                }
                if (Double.isFinite(p)) {
                    sb.append("<text x=\"").append(Svg.n(x + CELL_W / 2)).append("\" y=\"").append(Svg.n(y + 28))
                            .append("\" text-anchor=\"middle\" fill=\"").append(textColour)
                            .append("\" font-size=\"9\" font-style=\"italic\">(").append(Svg.escape(Numbers.format(p, 4)))
                            .append(")</text>\n");
                }
            }
        }
        double ly = TOP + rows * CELL_H + 24;
        String legend = "Cell: reproduced value" + (published != null ? "; (published value) beneath" : "")
                + (map.unit().isEmpty() ? "" : ", in " + map.unit()) + ". Darker: larger.";
        sb.append("<text x=\"").append(Svg.n(LEFT)).append("\" y=\"").append(Svg.n(ly)).append("\" font-size=\"11\">")
                .append(Svg.escape(legend)).append("</text>\n");
        return sb.append("</svg>\n").toString();
    }

    /** @return the shade in [0, 1] of a value: log(1 + |v|) / log(1 + max). */
    static double shade(double v, double max) {
        return max <= 0 ? 0 : Math.log1p(Math.abs(v)) / Math.log1p(max);
    }

    /** @return a blue of the given shade, from near white to dark blue. */
    private static String colour(double v, double max) {
        double t = shade(v, max);
        int r = (int) Math.round(240 - t * (240 - 8));
        int g = (int) Math.round(245 - t * (245 - 64));
        int b = (int) Math.round(250 - t * (250 - 129));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
