package org.scalingsuite.site;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalingsuite.core.data.DataUnavailableException;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.site.cli.CompareCommand;
import org.scalingsuite.site.cli.DatasetsCommand;
import org.scalingsuite.site.cli.ExitCodes;
import org.scalingsuite.site.cli.FitCommand;
import org.scalingsuite.site.cli.MainJob;
import org.scalingsuite.site.cli.ReproduceCommand;
import org.scalingsuite.site.cli.SiteCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code scalingsuite} command line. Without a subcommand it runs the main job: every reproduction,
 * a summary table, and the results site.
 */
@Command(name = "scalingsuite", mixinStandardHelpOptions = true, version = "Scaling Law Suite 1.0.0",
        description = {"Reproduces published LLM scaling-law results from public data.",
            "Without a subcommand: run every reproduction, print a summary and write the results site."},
        subcommands = {ReproduceCommand.class, SiteCommand.class, FitCommand.class, DatasetsCommand.class,
            CompareCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the site. Default: site/ next to the jar (site/target/site).")
    Path out;

    @Override
    public Integer call() {
        return new MainJob(DatasetStore.standard(), out == null ? MainJob.defaultSiteDirectory() : out,
                new PrintWriter(System.out, true), System.err).run();
    }

    /** @return the command line with the suite's exit codes and one-line errors for bad input. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof InvalidDataException) {
                err.println("error: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof DataUnavailableException) {
                err.println("error: " + e.getMessage());
                return ExitCodes.DATA_UNAVAILABLE;
            }
            if (e instanceof UncheckedIOException) {
                err.println("error: " + e.getMessage());
                return ExitCodes.CANNOT_WRITE;
            }
            if (e instanceof CommandLine.ParameterException pe) {
                err.println("error: " + pe.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            err.println("internal error: " + e);
            e.printStackTrace(err);
            return ExitCodes.INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("error: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** @return the exit code of the command line for {@code args}, for tests. */
    public static int run(List<String> args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args.toArray(String[]::new));
    }
}
