package org.scalingsuite.reproductions.hitchhiker.data;

/**
 * Where the Hitchhiker data lives in the registry: dataset {@code hitchhiker}, the byte copies of
 * IBM/ColPret at commit 16f23bbe (MIT) and the rebuilt Pythia table.
 */
public final class HitchhikerData {

    /** The dataset id (its folder in the mirror). */
    public static final String DATASET = "hitchhiker";

    private HitchhikerData() {
    }

    /** @return log base 2, the authors' normalisation of perplexities. */
    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
