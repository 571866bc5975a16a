package org.scalingsuite.reproductions.hitchhiker;

import java.util.List;
import java.util.function.DoublePredicate;
import org.scalingsuite.reproductions.hitchhiker.data.Checkpoint;
import org.scalingsuite.reproductions.hitchhiker.data.ModelFamily;

/**
 * The authors' row selection ({@code get_model_data} in ColPret's {@code util/fit_utils.py}), whose exact
 * inequalities decide whether numbers match:
 *
 * <ul>
 *   <li>T is the maximum tokens over <em>all</em> the selected models together, taken before any cut;
 *   <li>the 10B cut keeps tokens strictly above 1e10;
 *   <li>a maximum fraction p keeps tokens strictly below p T (so at p = 1 the final checkpoint at T is out);
 *   <li>a minimum fraction q keeps tokens at or above q T;
 *   <li>checkpoints at step 0 (no tokens seen) are never used: the law is infinite at D = 0. They are counted
 *       in the report's table of families.
 * </ul>
 */
final class Selection {

    private Selection() {
    }

    /**
     * @param minFraction the minimum fraction q, or NaN for none
     * @param maxFraction the maximum fraction p, or NaN for none
     * @param cut         whether to apply the 10B cut
     * @return the checkpoints of {@code models} that pass, in file order
     */
    static List<Checkpoint> rows(ModelFamily family, List<String> models, double minFraction, double maxFraction,
            boolean cut) {
        List<Checkpoint> all = family.of(models);
        double t = all.stream().mapToDouble(Checkpoint::tokens).max().orElse(Double.NaN);
        double low = Double.isNaN(minFraction) ? Double.NaN : t * minFraction;
        double high = Double.isNaN(maxFraction) ? Double.NaN : t * maxFraction;
        DoublePredicate keep = d -> d > 0 && (!cut || d > HitchhikerRecipe.CUT_TOKENS)
                && (Double.isNaN(low) || d >= low) && (Double.isNaN(high) || d < high);
        return all.stream().filter(c -> keep.test(c.tokens())).toList();
    }

    /** @return the target's last 30%: tokens at or above 0.7 of its maximum. */
    static List<Checkpoint> test(ModelFamily family, String target, boolean cut) {
        return rows(family, List.of(target), HitchhikerRecipe.TEST_FRACTION, Double.NaN, cut);
    }
}
