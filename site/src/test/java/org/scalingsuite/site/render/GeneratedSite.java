package org.scalingsuite.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.site.cli.MainJob;

/**
 * The site exactly as the main job writes it, generated once per test JVM and shared by the site tests:
 * every reproduction on the class path, run against the standard data store.
 */
final class GeneratedSite {

    private static GeneratedSite instance;

    final Path root;
    final int exitCode;
    final String summary;
    final List<ReproductionReport> reports;

    private GeneratedSite(Path root, int exitCode, String summary, List<ReproductionReport> reports) {
        this.root = root;
        this.exitCode = exitCode;
        this.summary = summary;
        this.reports = reports;
    }

    /** @return the shared site, generated on first use into a temporary directory */
    static synchronized GeneratedSite get() {
        if (instance == null) {
            Path dir = temporaryDirectory("site-a");
            StringWriter out = new StringWriter();
            MainJob.Outcome outcome = mainJob(dir, out);
            instance = new GeneratedSite(dir.resolve("site"), outcome.exitCode(), out.toString(), outcome.reports());
        }
        return instance;
    }

    /** Runs the main job into {@code dir/site}; progress goes to a discarded stream. */
    static MainJob.Outcome mainJob(Path dir, StringWriter out) {
        PrintStream progress = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new MainJob(DatasetStore.standard(), dir.resolve("site"), new PrintWriter(out, true), progress).execute();
    }

    static Path temporaryDirectory(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every file of a site: relative path (forward slashes) to bytes, sorted by path */
    static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
