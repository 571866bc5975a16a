package org.scalingsuite.core.law;

import java.util.ArrayList;
import java.util.List;

/**
 * Every law in core.law with parameter sets and input points at which the tests evaluate it: published
 * parameter values where they exist (Hoffmann et al. 2022; Besiroglu et al. 2024, Table 1; Kaplan et al. 2020,
 * Eq. 1.5) plus arbitrary ones, at inputs spanning the ranges of the fitted data.
 */
final class LawCases {

    private LawCases() {
    }

    /** A law with the parameter sets and inputs it is tested at. */
    record Case(String label, Law law, double[][] parameters, double[][] inputs) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final double[] HOFFMANN = {1.69337, 406.401, 410.723, 0.33917084, 0.2849083};
    static final double[] EPOCH = {1.8172, 482.01, 2085.43, 0.3478, 0.3658};
    static final double[] ODD = {0.5, 12.0, 3000.0, 0.12, 0.71};
    static final double[][] ND = {{1e7, 1e9}, {7e10, 1.4e12}, {5e6, 3e11}, {2.5e9, 4e10}};

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("ChinchillaLaw", ChinchillaLaw.instance(), new double[][] {HOFFMANN, EPOCH, ODD}, ND));
        cases.add(new Case("ChinchillaLogSumExpLaw", ChinchillaLogSumExpLaw.instance(),
                new double[][] {ChinchillaLogSumExpLaw.fromDirect(HOFFMANN), ChinchillaLogSumExpLaw.fromDirect(EPOCH),
                    ChinchillaLogSumExpLaw.fromDirect(ODD), {0, 5, -1, 2, 0}},
                ND));
        cases.add(new Case("KaplanLaw", KaplanLaw.instance(),
                new double[][] {{8.8e13, 5.4e13, 0.076, 0.095}, {1e12, 3e11, 0.3, 0.2}}, ND));
        cases.add(new Case("KaplanPowerLaw(N)", KaplanPowerLaw.of("N"),
                new double[][] {{8.8e13, 0.076}, {2.3e8, 0.5}}, new double[][] {{1e6}, {3e9}, {1e12}}));
        cases.add(new Case("PowerLaw(C)", PowerLaw.of("C"),
                new double[][] {{2.57e3, 0.048}, {7.0, 1.3}}, new double[][] {{1e18}, {3.3e21}, {0.5}, {42}}));
        cases.add(new Case("PowerLaw.saturating(N)", PowerLaw.saturating("N"),
                new double[][] {{1.69, 406.4, 0.34}, {-0.2, 3.0, 0.01}}, new double[][] {{1e7}, {7e10}, {2}}));
        return cases;
    }
}
