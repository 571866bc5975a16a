package org.scalingsuite.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable table of observations for fitting: named input columns x_j, a response y and optional
 * non-negative weights w. Stored column-major, so laws can precompute per-column transforms once.
 *
 * <p>Every value must be finite; the constructor rejects NaN or infinite entries with the column and row.
 */
public final class Observations {

    private final List<String> inputNames;
    private final String responseName;
    private final double[][] columns;
    private final double[] response;
    private final double[] weights;

    private Observations(List<String> inputNames, String responseName, double[][] columns, double[] response,
            double[] weights) {
        this.inputNames = List.copyOf(inputNames);
        this.responseName = Objects.requireNonNull(responseName);
        this.columns = columns;
        this.response = response;
        this.weights = weights;
        int n = response.length;
        if (columns.length != inputNames.size()) {
            throw new IllegalArgumentException(
                    columns.length + " input columns but " + inputNames.size() + " input names");
        }
        for (int j = 0; j < columns.length; j++) {
            if (columns[j].length != n) {
                throw new IllegalArgumentException("column '" + inputNames.get(j) + "' has " + columns[j].length
                        + " values but the response has " + n);
            }
            checkFinite(inputNames.get(j), columns[j]);
        }
        checkFinite(responseName, response);
        if (weights != null) {
            if (weights.length != n) {
                throw new IllegalArgumentException("weights have " + weights.length + " values, expected " + n);
            }
            checkFinite("weight", weights);
            for (int i = 0; i < n; i++) {
                if (weights[i] < 0) {
                    throw new IllegalArgumentException("negative weight at row " + i + ": " + weights[i]);
                }
            }
        }
    }

    private static void checkFinite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("non-finite value in '" + name + "' at row " + i + ": " + values[i]);
            }
        }
    }

    /**
     * Creates observations from columns.
     *
     * @param inputNames   names of the input columns, e.g. {@code ["N", "D"]}
     * @param columns      one array per input, all of the response's length
     * @param responseName name of the response, e.g. {@code "loss"}
     * @param response     the observed values
     */
    public static Observations of(List<String> inputNames, double[][] columns, String responseName,
            double[] response) {
        double[][] copy = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            copy[j] = columns[j].clone();
        }
        return new Observations(inputNames, responseName, copy, response.clone(), null);
    }

    /** @return a copy of these observations with per-row weights. */
    public Observations withWeights(double[] rowWeights) {
        return new Observations(inputNames, responseName, columns, response, rowWeights.clone());
    }

    /** @return the number of rows. */
    public int size() {
        return response.length;
    }

    /** @return the number of input columns. */
    public int inputCount() {
        return columns.length;
    }

    public List<String> inputNames() {
        return inputNames;
    }

    public String responseName() {
        return responseName;
    }

    /** @return the value of input {@code j} at row {@code i}. */
    public double input(int j, int i) {
        return columns[j][i];
    }

    /** @return a copy of input column {@code j}. */
    public double[] column(int j) {
        return columns[j].clone();
    }

    /** @return a copy of the input column with the given name. */
    public double[] column(String name) {
        int j = inputNames.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("no input column '" + name + "'; columns are " + inputNames);
        }
        return column(j);
    }

    /** @return the inputs of row {@code i} as a new array. */
    public double[] row(int i) {
        double[] x = new double[columns.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = columns[j][i];
        }
        return x;
    }

    public double response(int i) {
        return response[i];
    }

    /** @return a copy of the response. */
    public double[] response() {
        return response.clone();
    }

    /** @return true when per-row weights are present. */
    public boolean weighted() {
        return weights != null;
    }

    /** @return the weight of row {@code i} (1 when unweighted). */
    public double weight(int i) {
        return weights == null ? 1.0 : weights[i];
    }

    /**
     * @return the rows at the given indices, in that order; an index may repeat (bootstrap resampling).
     */
    public Observations select(int[] rows) {
        double[][] cols = new double[columns.length][rows.length];
        double[] y = new double[rows.length];
        double[] w = weights == null ? null : new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            int i = rows[k];
            for (int j = 0; j < columns.length; j++) {
                cols[j][k] = columns[j][i];
            }
            y[k] = response[i];
            if (w != null) {
                w[k] = weights[i];
            }
        }
        return new Observations(inputNames, responseName, cols, y, w);
    }

    /** @return the rows for which {@code keep} is true, in order. */
    public Observations filter(RowPredicate keep) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (keep.test(this, i)) {
                kept.add(i);
            }
        }
        return select(kept.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A test on one row. */
    @FunctionalInterface
    public interface RowPredicate {
        boolean test(Observations data, int row);
    }

    /** @return the number of distinct values in input column {@code j}. */
    public int distinctValues(int j) {
        return (int) Arrays.stream(columns[j]).distinct().count();
    }

    @Override
    public String toString() {
        return "Observations[" + size() + " rows, inputs " + inputNames + ", response " + responseName
                + (weighted() ? ", weighted" : "") + "]";
    }
}
