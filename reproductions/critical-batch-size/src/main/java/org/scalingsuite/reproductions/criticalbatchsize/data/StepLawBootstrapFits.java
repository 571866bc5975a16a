package org.scalingsuite.reproductions.criticalbatchsize.data;

import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Loads the released Step Law bootstrap fits ({@code step-law/1004_fitted_lr_bs_scaling_model_parameters.csv},
 * columns {@code lr_intercept, lr_coefN, lr_coefD, bs_intercept, bs_coefD}), every value a finite number; a row
 * repeated exactly is rejected.
 */
public final class StepLawBootstrapFits {

    public static final String DATASET = "step-law";
    public static final String FILE = "1004_fitted_lr_bs_scaling_model_parameters.csv";

    private StepLawBootstrapFits() {
    }

    public static List<StepLawBootstrapFit> load(DataStore store) {
        List<StepLawBootstrapFit> fits = new ArrayList<>();
        List<String> columns = List.of("lr_intercept", "lr_coefN", "lr_coefD", "bs_intercept", "bs_coefD");
        RepeatedRows repeats = new RepeatedRows(columns);
        CsvReader.forEach(store.path(DATASET, FILE), columns, row -> {
            fits.add(new StepLawBootstrapFit(row.line(), row.number("lr_intercept"), row.number("lr_coefN"),
                    row.number("lr_coefD"), row.number("bs_intercept"), row.number("bs_coefD")));
            repeats.check(row);
        });
        return List.copyOf(fits);
    }
}
