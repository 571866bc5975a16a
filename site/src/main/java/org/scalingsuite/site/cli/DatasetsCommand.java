package org.scalingsuite.site.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scalingsuite.datasets.registry.RegisteredFile;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.site.format.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code datasets list | verify}: the registry of data files and their integrity. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the registered data files, or verify their presence and sha256 checksums.",
        subcommands = {DatasetsCommand.ListCommand.class, DatasetsCommand.VerifyCommand.class})
public final class DatasetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.BAD_INPUT;
    }

    /** {@code datasets list}: one line per dataset. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the registered datasets.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            DatasetStore store = DatasetStore.standard();
            TextTable table = new TextTable("dataset", ">files", ">bytes", "upstream", "licence");
            for (String dataset : store.registry().datasets()) {
                var files = store.registry().files(dataset);
                long bytes = files.stream().mapToLong(RegisteredFile::bytes).sum();
                String upstream = files.stream().map(RegisteredFile::upstreamRepository).filter(s -> !s.isEmpty())
                        .distinct().reduce((a, b) -> a + ", " + b).orElse("(transcribed)");
                String licence = files.stream().map(RegisteredFile::licence).distinct()
                        .reduce((a, b) -> a + ", " + b).orElse("");
                table.row(dataset, Integer.toString(files.size()), Long.toString(bytes), upstream, licence);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(table);
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code datasets verify}: every registered file present locally with its sha256. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check every registered file: found in the data directory, the mirror or the cache, "
                    + "with the registered sha256. Exits 3 when any file is missing or differs.")
    static final class VerifyCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--download", description = "Download byte-copy files that are missing into the cache.")
        boolean download;

        @Option(names = "--dataset", description = "Only this dataset.")
        String dataset;

        @Override
        public Integer call() {
            DatasetStore store = DatasetStore.standard();
            PrintWriter out = spec.commandLine().getOut();
            out.println("data directory: " + store.dataDirectory().map(Object::toString).orElse("(not set)"));
            out.println("mirror:         " + store.mirror().map(Object::toString).orElse("(not found)"));
            out.println("cache:          " + store.cache());
            int ok = 0;
            int bad = 0;
            TextTable problems = new TextTable("file", "problem");
            for (RegisteredFile f : store.registry().files()) {
                if (dataset != null && !f.dataset().equals(dataset)) {
                    continue;
                }
                DatasetStore.Check check = store.check(f);
                if (!check.ok() && download && check.location().isEmpty() && f.downloadUrl().isPresent()) {
                    try {
                        store.path(f.dataset(), f.file());
                        check = store.check(f);
                    } catch (RuntimeException e) {
                        check = new DatasetStore.Check(f, check.location(), false, e.getMessage());
                    }
                }
                if (check.ok()) {
                    ok++;
                } else {
                    bad++;
                    problems.row(f.key(), check.message());
                }
            }
            out.println(ok + " files verified, " + bad + " missing or different");
            if (bad > 0) {
                out.print(problems);
            }
            out.flush();
            return bad == 0 ? ExitCodes.OK : ExitCodes.DATA_UNAVAILABLE;
        }
    }
}
