package org.scalingsuite.core.reproduction;

/** Receives progress from long work: the current stage and the fraction of the whole run completed. */
@FunctionalInterface
public interface Progress {

    /**
     * @param stage    what is being done, e.g. "4,500-start grid fit"
     * @param fraction completed fraction of the whole run, in [0, 1]
     */
    void update(String stage, double fraction);

    /** @return a listener that ignores every update. */
    static Progress silent() {
        return (stage, fraction) -> { };
    }

    /**
     * @return a listener mapping this stage's [0, 1] onto [from, to] of the whole run
     */
    default Progress span(double from, double to) {
        return (stage, fraction) -> update(stage, from + (to - from) * Math.max(0, Math.min(1, fraction)));
    }
}
