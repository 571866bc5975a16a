package org.scalingsuite.core.report;

/** A plot in a report: an x-y chart or a heatmap. Every figure has a title and a text alternative. */
public sealed interface Figure permits Chart, Heatmap {

    /** @return a stable id, unique within the report (used as the SVG file name). */
    String id();

    String title();

    /** @return a text alternative describing what the figure shows. */
    String description();
}
