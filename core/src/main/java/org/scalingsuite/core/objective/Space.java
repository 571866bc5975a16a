package org.scalingsuite.core.objective;

/** Where residuals are taken: {@code r = y - f} (RAW) or {@code r = log y - log f} (LOG). */
public enum Space {
    RAW,
    LOG
}
