package org.scalingsuite.reproductions.overtraining.data;

/**
 * The six model shapes of the testbed (Gadre et al. 2024, Table 1 of shapes; open_lm configurations), with the
 * parameter counts the paper rounds to 0.011B ... 6.9B. N includes the embeddings.
 */
public enum ModelShape {
    D96_L8_H4("d=96_l=8_h=4", "0.011B"),
    D512_L8_H4("d=512_l=8_h=4", "0.079B"),
    D576_L24_H8("d=576_l=24_h=8", "0.154B"),
    D1024_L24_H8("d=1024_l=24_h=8", "0.411B"),
    OPEN_LM_1B("open_lm_1b", "1.4B"),
    OPEN_LM_7B("open_lm_7b", "6.9B");

    private final String key;
    private final String label;

    ModelShape(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** @return the configuration name in the released files, e.g. {@code d=96_l=8_h=4}. */
    public String key() {
        return key;
    }

    /** @return the paper's size label, e.g. {@code 0.011B}. */
    public String label() {
        return label;
    }

    /** @return the shape with this configuration name, or null when there is none. */
    public static ModelShape fromKey(String key) {
        for (ModelShape s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }
}
