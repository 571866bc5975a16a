package org.scalingsuite.site.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scalingsuite.datasets.store.DatasetStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code site [--out DIR]}: run every reproduction and write the static results site. */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = "Run every reproduction and write the static results site (offline, deterministic).")
public final class SiteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory. Default: site/ next to the jar (site/target/site).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter writer = spec.commandLine().getOut();
        return new MainJob(DatasetStore.standard(), out == null ? MainJob.defaultSiteDirectory() : out, writer,
                System.err).run();
    }
}
