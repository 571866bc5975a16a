package org.scalingsuite.site.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.Series;

/**
 * Draws a {@link Chart} as a standalone SVG: title, axes with ticks and labelled units, grid lines, one
 * colour per series group (markers for points, solid or dashed lines), a legend, and the chart's description as
 * the SVG's {@code <desc>}. The plot area has a fixed size; the legend adds a row per series below it. Values a log axis cannot show (zero, negative) are left out of that series.
 */
final class SvgChart {

    static final double WIDTH = 760;
    static final double HEIGHT = 460;
    private static final double LEFT = 78;
    private static final double RIGHT = 24;
    private static final double TOP = 44;
    private static final double BOTTOM = 58;
    private static final double LEGEND_ROW = 17;

    private SvgChart() {
    }

    static String render(Chart chart) {
        int legendRows = chart.series().size();
        double plotBottom = HEIGHT - BOTTOM;
        double height = HEIGHT + legendRows * LEGEND_ROW;
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        for (Series s : chart.series()) {
            xs.add(s.x());
            ys.add(s.y());
        }
        Scale x = Scale.covering(xs, chart.x().log(), LEFT, WIDTH - RIGHT);
        Scale y = Scale.covering(ys, chart.y().log(), plotBottom, TOP);
        String id = "fig-" + chart.id();
        Map<String, String> colours = new HashMap<>();
        for (Series s : chart.series()) {
            colours.putIfAbsent(s.group(), Svg.PALETTE[colours.size() % Svg.PALETTE.length]);
        }
        StringBuilder sb = new StringBuilder(Svg.open(WIDTH, height, id, chart.title(), chart.description()));
        sb.append("<text x=\"").append(Svg.n(WIDTH / 2)).append("\" y=\"24\" text-anchor=\"middle\" font-size=\"15\" "
                + "font-weight=\"600\">").append(Svg.escape(chart.title())).append("</text>\n");
        // Grid, ticks and tick labels.
        sb.append("<g stroke=\"#e3e7ee\" stroke-width=\"1\">\n");
        for (double t : x.ticks()) {
            sb.append("<line x1=\"").append(Svg.n(x.map(t))).append("\" y1=\"").append(Svg.n(TOP)).append("\" x2=\"")
                    .append(Svg.n(x.map(t))).append("\" y2=\"").append(Svg.n(plotBottom)).append("\"/>\n");
        }
        for (double t : y.ticks()) {
            sb.append("<line x1=\"").append(Svg.n(LEFT)).append("\" y1=\"").append(Svg.n(y.map(t))).append("\" x2=\"")
                    .append(Svg.n(WIDTH - RIGHT)).append("\" y2=\"").append(Svg.n(y.map(t))).append("\"/>\n");
        }
        sb.append("</g>\n<g fill=\"#3b4453\" font-size=\"11\">\n");
        for (double t : x.ticks()) {
            sb.append("<text x=\"").append(Svg.n(x.map(t))).append("\" y=\"").append(Svg.n(plotBottom + 16))
                    .append("\" text-anchor=\"middle\">").append(Svg.escape(x.label(t))).append("</text>\n");
        }
        for (double t : y.ticks()) {
            sb.append("<text x=\"").append(Svg.n(LEFT - 6)).append("\" y=\"").append(Svg.n(y.map(t) + 4))
                    .append("\" text-anchor=\"end\">").append(Svg.escape(y.label(t))).append("</text>\n");
        }
        sb.append("</g>\n");
        sb.append("<rect x=\"").append(Svg.n(LEFT)).append("\" y=\"").append(Svg.n(TOP)).append("\" width=\"")
                .append(Svg.n(WIDTH - RIGHT - LEFT)).append("\" height=\"").append(Svg.n(plotBottom - TOP))
                .append("\" fill=\"none\" stroke=\"#8a93a3\"/>\n");
        sb.append("<text x=\"").append(Svg.n((LEFT + WIDTH - RIGHT) / 2)).append("\" y=\"")
                .append(Svg.n(plotBottom + 36)).append("\" text-anchor=\"middle\">")
                .append(Svg.escape(chart.x().title() + (chart.x().log() ? ", log scale" : ""))).append("</text>\n");
        double midY = (TOP + plotBottom) / 2;
        sb.append("<text transform=\"translate(16 ").append(Svg.n(midY)).append(") rotate(-90)\" text-anchor=\"middle\">")
                .append(Svg.escape(chart.y().title() + (chart.y().log() ? ", log scale" : ""))).append("</text>\n");
        // Series, clipped to the plot area.
        sb.append("<clipPath id=\"").append(id).append("-clip\"><rect x=\"").append(Svg.n(LEFT)).append("\" y=\"")
                .append(Svg.n(TOP)).append("\" width=\"").append(Svg.n(WIDTH - RIGHT - LEFT)).append("\" height=\"")
                .append(Svg.n(plotBottom - TOP)).append("\"/></clipPath>\n<g clip-path=\"url(#").append(id)
                .append("-clip)\">\n");
        for (int k = 0; k < chart.series().size(); k++) {
            Series s = chart.series().get(k);
            String colour = colours.get(s.group());
            double[] sx = s.x();
            double[] sy = s.y();
            if (s.style() == Series.Style.POINTS) {
                sb.append("<g fill=\"").append(colour).append("\" fill-opacity=\"0.75\">\n");
                for (int i = 0; i < sx.length; i++) {
                    if (x.accepts(sx[i]) && y.accepts(sy[i])) {
                        sb.append("<circle cx=\"").append(Svg.n(x.map(sx[i]))).append("\" cy=\"")
                                .append(Svg.n(y.map(sy[i]))).append("\" r=\"3\"/>\n");
                    }
                }
                sb.append("</g>\n");
            } else {
                StringBuilder points = new StringBuilder();
                for (int i = 0; i < sx.length; i++) {
                    if (x.accepts(sx[i]) && y.accepts(sy[i])) {
                        points.append(Svg.n(x.map(sx[i]))).append(',').append(Svg.n(y.map(sy[i]))).append(' ');
                    }
                }
                sb.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                        .append(s.style() == Series.Style.DASHED ? " stroke-dasharray=\"6 4\"" : "")
                        .append(" points=\"").append(points.toString().trim()).append("\"/>\n");
            }
        }
        sb.append("</g>\n");
        // Legend below the axis title.
        double ly = plotBottom + 52;
        for (int k = 0; k < chart.series().size(); k++) {
            Series s = chart.series().get(k);
            String colour = colours.get(s.group());
            double row = ly + k * LEGEND_ROW;
            if (s.style() == Series.Style.POINTS) {
                sb.append("<circle cx=\"").append(Svg.n(LEFT + 10)).append("\" cy=\"").append(Svg.n(row - 4))
                        .append("\" r=\"4\" fill=\"").append(colour).append("\"/>\n");
            } else {
                sb.append("<line x1=\"").append(Svg.n(LEFT)).append("\" y1=\"").append(Svg.n(row - 4)).append("\" x2=\"")
                        .append(Svg.n(LEFT + 20)).append("\" y2=\"").append(Svg.n(row - 4)).append("\" stroke=\"")
                        .append(colour).append("\" stroke-width=\"2\"")
                        .append(s.style() == Series.Style.DASHED ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
            }
            sb.append("<text x=\"").append(Svg.n(LEFT + 28)).append("\" y=\"").append(Svg.n(row)).append("\">")
                    .append(Svg.escape(s.name())).append("</text>\n");
        }
        return sb.append("</svg>\n").toString();
    }
}
