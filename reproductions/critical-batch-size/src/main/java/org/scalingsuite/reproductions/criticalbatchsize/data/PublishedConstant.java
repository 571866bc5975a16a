package org.scalingsuite.reproductions.criticalbatchsize.data;

/**
 * One row of {@code published_constants.csv}: a constant or setting, as published.
 *
 * @param line           the line in the source file
 * @param paper          e.g. {@code merrill2025}, {@code kaplan2020}
 * @param key            the constant's name within the paper
 * @param text           the value as written (a number, or a formula such as {@code sqrt(k)})
 * @param unit           its unit (tokens, documents, sequences, ...), possibly empty
 * @param sourceLocation where it is published
 * @param verification   {@code primary_text}, {@code released_notebook}, {@code derived}, {@code secondary} or
 *                       {@code formula}
 */
public record PublishedConstant(long line, String paper, String key, String text, String unit,
        String sourceLocation, String verification) {
}
