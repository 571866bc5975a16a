package org.scalingsuite.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.claim.Claim;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;

/**
 * Everything one reproduction produced: per claim the reproduced value and status, fitted parameters,
 * tables, figures and notes. Tests, the CLI and the site all read this one object. It holds no timings, so
 * identical inputs give identical reports.
 *
 * @param id         the reproduction id (its module folder name)
 * @param paper      the paper
 * @param claims     the claims in the order of the claims file
 * @param parameters fitted parameter tables
 * @param tables     result tables
 * @param figures    charts and heatmaps
 * @param notes      caveats a reader must see (stand-in data, dropped rows, known deviations)
 */
public record ReproductionReport(String id, Paper paper, List<ClaimResult> claims, List<ParameterTable> parameters,
        List<Table> tables, List<Figure> figures, List<String> notes) {

    public ReproductionReport {
        claims = List.copyOf(claims);
        parameters = List.copyOf(parameters);
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    /** @return the number of claims with the given status. */
    public long count(ClaimStatus status) {
        return claims.stream().filter(c -> c.status() == status).count();
    }

    /** @return true when no claim FAILED. */
    public boolean passed() {
        return count(ClaimStatus.FAILED) == 0;
    }

    /** @return the result of the claim with this id. */
    public ClaimResult claim(String claimId) {
        return claims.stream().filter(c -> c.claim().id().equals(claimId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("report " + id + " has no claim " + claimId));
    }

    /** @return the table with this id. */
    public Table table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("report " + id + " has no table " + tableId));
    }

    public static Builder builder(String id, Paper paper, List<Claim> claims) {
        return new Builder(id, paper, claims);
    }

    /**
     * Collects values for the claims and the report's other content. Every claim must receive a value;
     * a claim without one is reported FAILED ("no value was computed").
     */
    public static final class Builder {
        private final String id;
        private final Paper paper;
        private final Map<String, Claim> claims = new LinkedHashMap<>();
        private final Map<String, Double> values = new LinkedHashMap<>();
        private final List<ParameterTable> parameters = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<Figure> figures = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id, Paper paper, List<Claim> claimList) {
            this.id = id;
            this.paper = paper;
            for (Claim c : claimList) {
                claims.put(c.id(), c);
            }
        }

        /** Records the reproduced value of a claim. */
        public Builder value(String claimId, double reproduced) {
            if (!claims.containsKey(claimId)) {
                throw new IllegalArgumentException("reproduction " + id + " has no claim '" + claimId + "'");
            }
            if (values.put(claimId, reproduced) != null) {
                throw new IllegalStateException("claim '" + claimId + "' received two values");
            }
            return this;
        }

        public Builder parameters(ParameterTable table) {
            parameters.add(table);
            return this;
        }

        public Builder table(Table table) {
            tables.add(table);
            return this;
        }

        public Builder figure(Figure figure) {
            figures.add(figure);
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public ReproductionReport build() {
            List<ClaimResult> results = new ArrayList<>();
            for (Claim c : claims.values()) {
                results.add(ClaimResult.of(c, values.getOrDefault(c.id(), Double.NaN)));
            }
            return new ReproductionReport(id, paper, results, parameters, tables, figures, notes);
        }
    }
}
