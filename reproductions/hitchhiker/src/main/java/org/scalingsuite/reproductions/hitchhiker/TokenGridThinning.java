package org.scalingsuite.reproductions.hitchhiker;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scalingsuite.reproductions.hitchhiker.data.Checkpoint;

/**
 * Thins dense loss curves to a fixed grid in log tokens, keeping measured points only. Per model, the token axis
 * is cut into bins of {@code 1 / perDecade} decades starting at {@code origin}: bin j holds the tokens D with
 * {@code floor(perDecade log10(D / origin)) = j}. From each non-empty bin the one checkpoint whose log10 D is
 * nearest to the bin's centre is kept (ties: the first in file order). Nothing is averaged or interpolated, so
 * every kept point is a value of the source file; the result keeps file order.
 *
 * <p>Used for the GPT-3 curves, which Choshen et al. digitised from Brown et al. (2020) as 578-1,111 points per
 * model: a comparison fit over all 6,446 points would cost seconds per start without telling more about the
 * curve's shape than one point per 0.1 decade.
 *
 * @param origin    the lower end of bin 0, in tokens; positive
 * @param perDecade bins per decade of tokens; positive
 */
record TokenGridThinning(double origin, int perDecade) {

    TokenGridThinning {
        if (!(origin > 0) || perDecade < 1) {
            throw new IllegalArgumentException("need a positive origin and at least one bin per decade: " + origin
                    + ", " + perDecade);
        }
    }

    /**
     * @param checkpoints checkpoints with tokens at or above {@code origin}
     * @return one checkpoint per model and bin, in file order
     */
    List<Checkpoint> thin(List<Checkpoint> checkpoints) {
        Map<String, Checkpoint> kept = new LinkedHashMap<>();
        for (Checkpoint c : checkpoints) {
            double position = perDecade * Math.log10(c.tokens() / origin);
            if (!(position >= 0)) {
                throw new IllegalArgumentException("checkpoint below the grid's origin " + origin + ": " + c);
            }
            long bin = (long) Math.floor(position);
            String key = c.model() + "|" + bin;
            Checkpoint best = kept.get(key);
            if (best == null || distance(c, bin) < distance(best, bin)) {
                kept.put(key, c);
            }
        }
        Set<Checkpoint> chosen = new HashSet<>(kept.values());
        return checkpoints.stream().filter(chosen::contains).toList();
    }

    private double distance(Checkpoint c, long bin) {
        return Math.abs(perDecade * Math.log10(c.tokens() / origin) - (bin + 0.5));
    }
}
