package org.scalingsuite.core.fit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scalingsuite.core.data.Observations;

/**
 * A NIST StRD nonlinear-regression dataset read from its .dat text (kept under
 * {@code src/test/resources/org/scalingsuite/core/fit/nist/}): the two NIST starting points, the certified
 * parameters with their standard deviations, the certified residual sum of squares and the (x, y) data.
 *
 * @param name          the dataset name, e.g. {@code Misra1a}
 * @param start1        NIST's first (farther) starting point
 * @param start2        NIST's second (closer) starting point
 * @param certified     the certified parameter values
 * @param certifiedSd   their certified standard deviations
 * @param certifiedRss  the certified residual sum of squares
 * @param data          the observations, input {@code x}, response {@code y}
 */
record NistDataset(String name, double[] start1, double[] start2, double[] certified, double[] certifiedSd,
        double certifiedRss, Observations data) {

    private static final Pattern PARAMETER = Pattern.compile(
            "^\\s*b(\\d+)\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern RSS = Pattern.compile("^Residual Sum of Squares:\\s+(\\S+)\\s*$");
    private static final Pattern DATA_HEADER = Pattern.compile("^Data:\\s+y\\s+x\\s*$");

    static NistDataset load(String name) {
        String resource = "nist/" + name + ".dat";
        InputStream in = NistDataset.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<double[]> parameters = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        double rss = Double.NaN;
        boolean inData = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (inData) {
                    String t = line.trim();
                    if (!t.isEmpty()) {
                        String[] fields = t.split("\\s+");
                        ys.add(Double.parseDouble(fields[0]));
                        xs.add(Double.parseDouble(fields[1]));
                    }
                    continue;
                }
                Matcher m = PARAMETER.matcher(line);
                if (m.matches()) {
                    if (Integer.parseInt(m.group(1)) != parameters.size() + 1) {
                        throw new IllegalStateException(resource + ": parameters out of order at " + line);
                    }
                    parameters.add(new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5))});
                    continue;
                }
                m = RSS.matcher(line);
                if (m.matches()) {
                    rss = Double.parseDouble(m.group(1));
                    continue;
                }
                inData = DATA_HEADER.matcher(line).matches();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int k = parameters.size();
        double[][] cols = new double[4][k];
        for (int j = 0; j < k; j++) {
            for (int c = 0; c < 4; c++) {
                cols[c][j] = parameters.get(j)[c];
            }
        }
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        Observations data = Observations.of(List.of("x"), new double[][] {x}, "y", y);
        return new NistDataset(name, cols[0], cols[1], cols[2], cols[3], rss, data);
    }

    /** @return the log relative error -log10(|estimate - certified| / |certified|), the StRD accuracy measure. */
    static double lre(double estimate, double certified) {
        double rel = Math.abs(estimate - certified) / Math.abs(certified);
        return rel == 0 ? 15 : -Math.log10(rel);
    }

    /** @return the smallest LRE over all parameters. */
    double minParameterLre(double[] estimate) {
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < certified.length; j++) {
            min = Math.min(min, lre(estimate[j], certified[j]));
        }
        return min;
    }
}
