package org.scalingsuite.core.report;

import java.util.List;

/**
 * The fitted parameters of one law by one method.
 *
 * @param id         a stable id, unique within the report
 * @param title      the heading, e.g. "Approach 3 grid fit (Epoch's recipe)"
 * @param law        the law's formula
 * @param method     the estimation method: objective, optimizer, starts, data
 * @param confidence the confidence level of the intervals (e.g. 0.95), NaN when there are none
 * @param estimates  one row per parameter
 */
public record ParameterTable(String id, String title, String law, String method, double confidence,
        List<ParameterEstimate> estimates) {

    public ParameterTable {
        estimates = List.copyOf(estimates);
    }
}
