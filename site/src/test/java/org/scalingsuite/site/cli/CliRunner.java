package org.scalingsuite.site.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.scalingsuite.site.Main;

/** Runs the command line in-process and captures its output and exit code. */
record CliRunner(int exitCode, String out, String err) {

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner(code, out.toString(), err.toString());
    }
}
