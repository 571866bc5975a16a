package org.scalingsuite.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.Evaluator;
import org.scalingsuite.core.law.Law;

/**
 * Local identifiability of a law's parameters at a fit, from the Jacobian {@code J} of the predictions
 * (in log space, so the check does not depend on the loss's scale) with respect to the parameters.
 *
 * <p>A parameter whose column of {@code J} is zero affects no prediction: the data say nothing about it (the
 * annealing coefficient of a constant learning-rate run, where its regressor S2 is 0 everywhere). Otherwise
 * the columns are scaled to unit length and the eigenvalues of {@code J'J} give the singular values of the
 * scaled Jacobian; a smallest singular value below {@link #SINGULAR} times the largest means a combination of
 * parameters is not determined by the data (Gauss-Newton's normal matrix, the Fisher information of least
 * squares, is singular to working precision). The parameters with the largest weights in that combination are
 * named. Column scaling makes the test independent of the parameters' units (Bates and Watts 1988, Nonlinear
 * Regression Analysis and Its Applications, sec. 3.5).
 *
 * @param names     the law's parameter names
 * @param unused    parameters that affect no prediction
 * @param condition the condition number of the column-scaled Jacobian (infinite when a parameter is unused)
 * @param confounded parameters of the least determined combination, when {@code condition > 1/SINGULAR}
 */
public record Identifiability(List<String> names, List<String> unused, double condition, List<String> confounded) {

    /** Relative singular value below which the scaled Jacobian counts as singular: about sqrt(machine epsilon). */
    public static final double SINGULAR = 1e-8;

    public Identifiability {
        names = List.copyOf(names);
        unused = List.copyOf(unused);
        confounded = List.copyOf(confounded);
    }

    /** @return true when every parameter is locally determined by the data. */
    public boolean identified() {
        return unused.isEmpty() && confounded.isEmpty();
    }

    /** @return one warning per problem found, empty when the parameters are identified */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (String p : unused) {
            warnings.add("parameter " + p + " is not identifiable: it affects no prediction on these data");
        }
        if (!confounded.isEmpty()) {
            warnings.add(String.format(Locale.ROOT, "parameters %s are not separately identifiable: the scaled "
                    + "Jacobian is singular (condition number %.3g)", String.join(", ", confounded), condition));
        }
        return warnings;
    }

    /**
     * @param law        the law
     * @param data       the data it was fitted to
     * @param parameters the fitted parameters; values past the law's dimension (an objective's own, such as a
     *                   noise scale) are ignored
     * @return the law's identifiability at {@code parameters}
     */
    public static Identifiability at(Law law, Observations data, double[] parameters) {
        return at(law.bind(data), law.parameters(), parameters);
    }

    /**
     * @return {@code result} with the identifiability warnings of its law parameters added; a result whose
     *         parameters are not all finite is returned unchanged (it is already not converged)
     */
    public static FitResult check(FitProblem problem, FitResult result) {
        double[] p = result.parameters();
        for (double v : p) {
            if (!Double.isFinite(v)) {
                return result;
            }
        }
        return result.withWarnings(at(problem.evaluator(), problem.law().parameters(), p).warnings());
    }

    /** Like {@link #at(Law, Observations, double[])} for a bound evaluator. */
    public static Identifiability at(Evaluator evaluator, List<String> names, double[] parameters) {
        int n = evaluator.size();
        int k = evaluator.dimension();
        double[] p = java.util.Arrays.copyOf(parameters, k);
        double[] values = new double[n];
        double[] jacobian = new double[n * k];
        evaluator.logPredict(p, values, jacobian);
        double[] norm = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double v = jacobian[i * k + j];
                norm[j] += v * v;
            }
        }
        List<String> unused = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (!Double.isFinite(norm[j])) {
                return new Identifiability(names, List.of(), Double.NaN, List.of());
            }
            if (norm[j] == 0) {
                unused.add(names.get(j));
            } else {
                used.add(j);
                norm[j] = Math.sqrt(norm[j]);
            }
        }
        if (used.size() < 2) {
            return new Identifiability(names, unused, unused.isEmpty() ? 1 : Double.POSITIVE_INFINITY, List.of());
        }
        int m = used.size();
        double[][] normal = new double[m][m];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < m; a++) {
                double ja = jacobian[i * k + used.get(a)] / norm[used.get(a)];
                for (int b = 0; b <= a; b++) {
                    normal[a][b] += ja * jacobian[i * k + used.get(b)] / norm[used.get(b)];
                }
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                normal[a][b] = normal[b][a];
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(normal, false));
        double[] lambda = eigen.getRealEigenvalues();
        int smallest = 0;
        int largest = 0;
        for (int a = 1; a < m; a++) {
            smallest = lambda[a] < lambda[smallest] ? a : smallest;
            largest = lambda[a] > lambda[largest] ? a : largest;
        }
        double ratio = Math.sqrt(Math.max(lambda[smallest], 0) / lambda[largest]);
        double condition = unused.isEmpty() ? 1 / ratio : Double.POSITIVE_INFINITY;
        List<String> confounded = new ArrayList<>();
        if (ratio < SINGULAR) {
            RealVector v = eigen.getEigenvector(smallest);
            double max = v.getLInfNorm();
            for (int a = 0; a < m; a++) {
                if (Math.abs(v.getEntry(a)) >= 0.25 * max) {
                    confounded.add(names.get(used.get(a)));
                }
            }
        }
        return new Identifiability(names, unused, condition, confounded);
    }
}
