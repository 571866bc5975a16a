package org.scalingsuite.reproductions.hitchhiker;

/**
 * The experiments of the reference protocol, each one of the authors' figure directories.
 */
public enum Experiment {
    /** Fig. 5(b), {@code figs/hist_no_cut}: the k smallest models, tokens below p of the maximum, no cut. */
    NO_CUT("fit_on_first_p_nocut", "Fig. 5(b)"),
    /** Fig. 1(b)/5(a), {@code figs/hist}: as {@link #NO_CUT} with training tokens above 1e10. */
    CUT_10B("fit_on_first_p_cut10B", "Fig. 1(b) / Fig. 5(a)"),
    /** Fig. 1(c), {@code figs/num_to_size}: windows of k consecutive models, p = 1, 10B cut. */
    SCALE_UP("num_models_vs_largest_model", "Fig. 1(c)"),
    /** Fig. 6, {@code figs/hist_1m}: one training model, size term fixed, 10B cut. */
    ONE_MODEL("one_model_fixed_A_alpha", "Fig. 6"),
    /** Fig. 4, {@code minimal_cut}: the k smallest models, tokens in [m 0.7 T, 0.7 T), 10B cut on train and test. */
    MINIMAL_CUT("keep_last_fraction_minimal_cut", "Fig. 4"),
    /** Fig. 1(a): windows of 4 consecutive models by p, 10B cut on train and test. */
    CLOSER_IN_SCALE("closer_in_scale_4models", "Fig. 1(a)");

    private final String id;
    private final String figure;

    Experiment(String id, String figure) {
        this.id = id;
        this.figure = figure;
    }

    /** @return the experiment's id in the published-cells and reference tables. */
    public String id() {
        return id;
    }

    /** @return the paper figure. */
    public String figure() {
        return figure;
    }
}
