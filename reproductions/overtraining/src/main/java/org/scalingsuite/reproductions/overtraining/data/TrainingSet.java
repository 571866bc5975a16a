package org.scalingsuite.reproductions.overtraining.data;

/** The three training distributions of the testbed, by their key in the released files. */
public enum TrainingSet {
    C4("c4_original", "C4"),
    RED_PAJAMA("rpj", "RedPajama"),
    REFINED_WEB("rw_original", "RefinedWeb");

    private final String key;
    private final String label;

    TrainingSet(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** @return the key used in the released files ({@code dataset_name}), e.g. {@code rpj}. */
    public String key() {
        return key;
    }

    /** @return the name used in the paper, e.g. {@code RedPajama}. */
    public String label() {
        return label;
    }

    /** @return the training set with this file key, or null when there is none. */
    public static TrainingSet fromKey(String key) {
        for (TrainingSet t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }
}
