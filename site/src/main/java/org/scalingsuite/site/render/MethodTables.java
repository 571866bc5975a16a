package org.scalingsuite.site.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scalingsuite.core.compare.BootstrapSummary;
import org.scalingsuite.core.compare.ComparisonDataset;
import org.scalingsuite.core.compare.ComparisonResult;
import org.scalingsuite.core.compare.MethodFit;
import org.scalingsuite.core.compare.MethodScore;
import org.scalingsuite.core.compare.ParameterInterval;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.site.format.Numbers;

/**
 * The methods page's table for one comparison data set: per estimation method its status, the mean and
 * largest |relative error| over the held-out runs, the fitted parameters, the widths of the bootstrap
 * intervals of the two exponents, the bootstrap refits that failed, and the objective evaluations spent
 * (a machine-independent measure of cost; wall times are printed by {@code compare}, not put on the site, so
 * that the site is byte-identical across runs).
 */
public final class MethodTables {

    private MethodTables() {
    }

    /** @return the table of {@code result}, titled by its data set. */
    public static Table of(ComparisonDataset dataset, ComparisonResult result, int resamples, double confidence) {
        String level = Numbers.format(100 * confidence) + "%";
        Table.Builder t = Table.builder(dataset.id(), dataset.title(), "method", "status", "mean |rel. err.| (%)",
                "max |rel. err.| (%)", "E", "A", "B", "alpha", "beta", "alpha " + level + " width",
                "beta " + level + " width", "bootstrap refits failed", "evaluations");
        StringBuilder caption = new StringBuilder(String.format(Locale.ROOT,
                "%s. Fitted on %d runs, scored on %d held-out runs (%s)", dataset.source(), result.fittedRuns(),
                result.heldOutRuns(), result.holdOut().describe()));
        caption.append(resamples > 0 ? String.format(Locale.ROOT,
                "; intervals from %d bootstrap resamples of the fitted runs, each refitted from the method's fit.",
                resamples) : ".");
        List<String> warnings = new ArrayList<>();
        for (MethodScore s : result.scores()) {
            MethodFit f = s.fit();
            BootstrapSummary b = s.bootstrap();
            List<Object> row = new ArrayList<>(List.of(s.methodId(),
                    f == null ? "error" : f.converged() ? "converged" : "not converged",
                    percent(s.meanAbsoluteRelativeError()), percent(s.maxAbsoluteRelativeError())));
            for (int j = 0; j < 5; j++) {
                row.add(f == null || j >= f.parameters().length ? "" : (Object) f.parameters()[j]);
            }
            row.add(width(b, "alpha"));
            row.add(width(b, "beta"));
            row.add(b == null ? "" : b.failures() + " of " + b.resamples());
            row.add(f == null ? "" : (Object) (double) f.evaluations());
            t.row(row.toArray());
            if (s.failed()) {
                warnings.add(s.methodId() + ": " + s.failure());
            }
            if (f != null) {
                f.warnings().forEach(w -> warnings.add(s.methodId() + ": " + w));
            }
        }
        if (!warnings.isEmpty()) {
            caption.append(" Warnings: ").append(String.join("; ", warnings)).append('.');
        }
        return t.caption(caption.toString()).build();
    }

    /** @return the table naming each method of {@code result} with its one-line description. */
    public static Table descriptions(ComparisonResult result) {
        Table.Builder t = Table.builder("methods", "The methods", "method", "what it does");
        for (MethodScore s : result.scores()) {
            t.row(s.methodId(), s.description());
        }
        return t.build();
    }

    private static Object percent(double fraction) {
        return Double.isNaN(fraction) ? "" : (Object) (100 * fraction);
    }

    private static Object width(BootstrapSummary b, String parameter) {
        if (b == null) {
            return "";
        }
        Optional<ParameterInterval> p = b.interval(parameter);
        return p.isPresent() ? (Object) p.get().width() : "";
    }
}
