package org.scalingsuite.site.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.scalingsuite.core.claim.Claim;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.claim.Comparison;
import org.scalingsuite.core.claim.Tolerance;
import org.scalingsuite.core.report.Cell;
import org.scalingsuite.core.report.ParameterEstimate;
import org.scalingsuite.core.report.ParameterTable;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.site.format.Numbers;

/**
 * What the templates show of one report: every number already formatted, claims sorted by id.
 *
 * @param id          the reproduction id
 * @param citation    the paper's short citation
 * @param title       the paper's title
 * @param authors     the authors
 * @param reference   the archive reference (text)
 * @param summary     what is reproduced
 * @param reproduced  claims reproduced
 * @param deviates    claims deviating as documented
 * @param failed      claims failing
 * @param claims      the claim rows
 * @param parameters  parameter tables
 * @param tables      result tables
 * @param figures     figures, each an SVG file of the site
 * @param notes       notes
 */
public record PaperView(String id, String citation, String title, String authors, String reference, String summary,
        long reproduced, long deviates, long failed, List<ClaimRow> claims, List<ParameterView> parameters,
        List<TableView> tables, List<FigureView> figures, List<String> notes) {

    /** A figure as shown: its SVG path relative to the paper page, title and text alternative. */
    public record FigureView(String id, String title, String description, String src) {
    }

    /** One claim as shown. */
    public record ClaimRow(String id, String quantity, String published, String reproduced, String difference,
            String tolerance, String toleranceReason, String expectation, String status, String statusClass,
            String location, String detail, String reason) {
    }

    /** A parameter table as shown. */
    public record ParameterView(String id, String title, String law, String method, String level,
            boolean hasErrors, boolean hasIntervals, boolean hasPublished, List<List<String>> rows) {
    }

    /** A result table as shown. */
    public record TableView(String id, String title, String caption, List<String> columns, List<List<CellView>> rows) {
    }

    /** A cell as shown; numbers are right-aligned. */
    public record CellView(String text, boolean numeric) {
    }

    /** Totals over all papers. */
    public record Totals(long reproduced, long deviates, long failed, int papers) {
    }

    static Totals totals(List<PaperView> papers) {
        return new Totals(papers.stream().mapToLong(PaperView::reproduced).sum(),
                papers.stream().mapToLong(PaperView::deviates).sum(),
                papers.stream().mapToLong(PaperView::failed).sum(), papers.size());
    }

    static PaperView of(ReproductionReport r) {
        List<ClaimRow> claims = r.claims().stream().sorted(Comparator.comparing(c -> c.claim().id()))
                .map(PaperView::claim).toList();
        List<ParameterView> parameters = r.parameters().stream().map(PaperView::parameters).toList();
        List<TableView> tables = r.tables().stream().map(PaperView::table).toList();
        List<FigureView> figures = r.figures().stream().map(f -> new FigureView(f.id(), f.title(), f.description(),
                "../" + figurePath(r.id(), f.id()))).toList();
        return new PaperView(r.id(), r.paper().citation(), r.paper().title(), r.paper().authors(),
                r.paper().reference(), r.paper().summary(), r.count(ClaimStatus.REPRODUCED),
                r.count(ClaimStatus.DEVIATES), r.count(ClaimStatus.FAILED), claims, parameters, tables, figures,
                r.notes());
    }

    /** @return the site path of a figure's SVG, e.g. {@code figures/chinchilla/loss-vs-compute.svg}. */
    static String figurePath(String reportId, String figureId) {
        return "figures/" + safe(reportId) + "/" + safe(figureId) + ".svg";
    }

    private static String safe(String id) {
        String s = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        if (s.isEmpty() || s.startsWith(".")) {
            throw new IllegalArgumentException("unusable id for a file name: '" + id + "'");
        }
        return s;
    }

    private static ClaimRow claim(ClaimResult result) {
        Claim c = result.claim();
        String published = switch (c.comparison()) {
            case APPROX -> Numbers.format(c.published());
            case AT_MOST -> "≤ " + Numbers.format(c.published());
            case AT_LEAST -> "≥ " + Numbers.format(c.published());
            case BETWEEN -> Numbers.format(c.published()) + " – " + Numbers.format(c.publishedUpper());
        };
        String difference = c.comparison() == Comparison.APPROX && !Double.isNaN(result.reproduced())
                ? Numbers.format(result.reproduced() - c.published(), 3) : "";
        String tolerance = (c.tolerance().kind() == Tolerance.Kind.ABSOLUTE ? "± " : "± rel. ")
                + Numbers.format(c.tolerance().value());
        if (c.expectation() == org.scalingsuite.core.claim.Expectation.DEVIATES) {
            tolerance += " of locked " + Numbers.format(c.lockedValue());
        }
        return new ClaimRow(c.id(), c.quantity(), published,
                Double.isNaN(result.reproduced()) ? "–" : Numbers.format(result.reproduced()), difference, tolerance,
                c.tolerance().justification(), c.expectation().name(), result.status().name(),
                "status-" + result.status().name().toLowerCase(java.util.Locale.ROOT), c.location(), result.detail(),
                c.reason());
    }

    private static ParameterView parameters(ParameterTable t) {
        boolean errors = t.estimates().stream().anyMatch(e -> !Double.isNaN(e.standardError()));
        boolean intervals = t.estimates().stream().anyMatch(e -> !Double.isNaN(e.lower()));
        boolean published = t.estimates().stream().anyMatch(e -> !Double.isNaN(e.published()));
        List<List<String>> rows = new ArrayList<>();
        for (ParameterEstimate e : t.estimates()) {
            List<String> row = new ArrayList<>();
            row.add(e.name());
            row.add(Numbers.format(e.value()));
            if (errors) {
                row.add(Numbers.format(e.standardError(), 4));
            }
            if (intervals) {
                row.add(Double.isNaN(e.lower()) ? "" : "[" + Numbers.format(e.lower(), 4) + ", "
                        + Numbers.format(e.upper(), 4) + "]");
            }
            if (published) {
                row.add(Numbers.format(e.published()));
            }
            rows.add(row);
        }
        String level = Double.isNaN(t.confidence()) ? "" : Numbers.format(100 * t.confidence()) + "%";
        return new ParameterView(t.id(), t.title(), t.law(), t.method(), level, errors, intervals, published, rows);
    }

    static TableView table(Table t) {
        List<List<CellView>> rows = new ArrayList<>();
        for (List<Cell> row : t.rows()) {
            rows.add(row.stream().map(c -> c.isNumber() ? new CellView(Numbers.format(c.number()), true)
                    : new CellView(c.text(), false)).toList());
        }
        return new TableView(t.id(), t.title(), t.caption(), t.columns(), rows);
    }
}
