package org.scalingsuite.site.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.claim.Claim;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.claim.Comparison;
import org.scalingsuite.core.report.ReproductionReport;

/** The JSON tree of reproduction reports, as {@code reproduce --format json} prints it. */
public final class ReportJson {

    private ReportJson() {
    }

    /** @return {@code {"reproductions": [...], "summary": {...}}} for the given reports. */
    public static Map<String, Object> of(List<ReproductionReport> reports) {
        List<Object> list = new ArrayList<>();
        long reproduced = 0;
        long deviates = 0;
        long failed = 0;
        for (ReproductionReport r : reports) {
            list.add(report(r));
            reproduced += r.count(ClaimStatus.REPRODUCED);
            deviates += r.count(ClaimStatus.DEVIATES);
            failed += r.count(ClaimStatus.FAILED);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("reproduced", reproduced);
        summary.put("deviates", deviates);
        summary.put("failed", failed);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("reproductions", list);
        root.put("summary", summary);
        return root;
    }

    private static Map<String, Object> report(ReproductionReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("paper", r.paper().citation());
        m.put("title", r.paper().title());
        m.put("reference", r.paper().reference());
        List<Object> claims = new ArrayList<>();
        for (ClaimResult c : r.claims()) {
            claims.add(claim(c));
        }
        m.put("claims", claims);
        m.put("notes", r.notes());
        return m;
    }

    /** @return the JSON object of one claim with its reproduced value and status. */
    public static Map<String, Object> claim(ClaimResult result) {
        Claim c = result.claim();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("paper", c.paper());
        m.put("location", c.location());
        m.put("quantity", c.quantity());
        m.put("published", c.published());
        if (c.comparison() == Comparison.BETWEEN) {
            m.put("published_upper", c.publishedUpper());
        }
        m.put("comparison", c.comparison().symbol());
        m.put("reproduced", result.reproduced());
        Map<String, Object> tolerance = new LinkedHashMap<>();
        tolerance.put("kind", c.tolerance().kind() == org.scalingsuite.core.claim.Tolerance.Kind.ABSOLUTE
                ? "absolute" : "relative");
        tolerance.put("value", c.tolerance().value());
        tolerance.put("reason", c.tolerance().justification());
        m.put("tolerance", tolerance);
        m.put("expectation", c.expectation().name());
        if (!Double.isNaN(c.lockedValue())) {
            m.put("locked_value", c.lockedValue());
        }
        m.put("status", result.status().name());
        m.put("detail", result.detail());
        if (!c.reason().isEmpty()) {
            m.put("reason", c.reason());
        }
        return m;
    }
}
