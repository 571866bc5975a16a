package org.scalingsuite.site.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scalingsuite.site.Main;

/** Runs the command line in-process and captures its output and exit code. */
record CliRunner(int exitCode, String out, String err) {

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner(code, out.toString(), err.toString());
    }

    /**
     * @return the mean and max |rel err| columns of {@code method}'s converged row in a {@code compare} table,
     *         e.g. "1.23% 4.56%"
     * @throws AssertionError when the output has no such row
     */
    String heldOutErrors(String method) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(method) + " +converged +([0-9.]+%) +([0-9.]+%)")
                .matcher(out);
        if (!m.find()) {
            throw new AssertionError("no converged " + method + " row in\n" + out);
        }
        return m.group(1) + " " + m.group(2);
    }
}
