package org.scalingsuite.core.report;

import java.util.List;

/**
 * An x-y chart: points and curves on linear or logarithmic axes.
 *
 * @param id          a stable id
 * @param title       the title
 * @param description the text alternative
 * @param x           the x axis
 * @param y           the y axis
 * @param series      the series, drawn in order
 */
public record Chart(String id, String title, String description, Axis x, Axis y, List<Series> series)
        implements Figure {

    public Chart {
        series = List.copyOf(series);
    }
}
