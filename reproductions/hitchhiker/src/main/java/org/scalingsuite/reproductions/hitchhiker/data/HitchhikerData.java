package org.scalingsuite.reproductions.hitchhiker.data;

import java.util.Map;
import org.scalingsuite.datasets.csv.CsvRow;

/**
 * Where the Hitchhiker data lives in the registry: dataset {@code hitchhiker}, the byte copies of
 * IBM/ColPret at commit 16f23bbe (MIT) and the rebuilt Pythia table.
 */
public final class HitchhikerData {

    /** The dataset id (its folder in the mirror). */
    public static final String DATASET = "hitchhiker";

    private HitchhikerData() {
    }

    /**
     * Rejects a row whose checkpoint repeats the model, tokens and loss of an earlier row: a duplicated row
     * would count one measurement twice in a fit.
     *
     * @param seen   the line of every checkpoint read so far, by model, tokens and loss; {@code c} is added
     * @param column the column the error names (the row's loss column)
     */
    static void rejectRepeat(Map<String, Long> seen, CsvRow row, String column, Checkpoint c) {
        Long previous = seen.putIfAbsent(c.model() + "|" + c.tokens() + "|" + c.loss(), row.line());
        if (previous != null) {
            throw row.invalid(column, row.optionalText(column), "duplicate of line " + previous
                    + " (same model, tokens and loss)");
        }
    }

    /** @return log base 2, the authors' normalisation of perplexities. */
    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
