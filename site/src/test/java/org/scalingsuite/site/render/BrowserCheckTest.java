package org.scalingsuite.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads every page of the generated site in headless Chromium (Debian's {@code /usr/bin/chromium}; the test
 * is skipped when it is absent, and {@code .ci/run} installs it): each page renders its heading with no
 * console message (the pages carry no script, so any console output is an error), and a screenshot of the
 * index is written to {@code target/screenshots/index.png}.
 */
class BrowserCheckTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;
    private static GeneratedSite site;

    @BeforeAll
    static void requireChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": browser check skipped");
        site = GeneratedSite.get();
    }

    @Test
    void everyPageLoadsWithoutConsoleMessages() throws Exception {
        List<String> pages = GeneratedSite.files(site.root).keySet().stream().filter(p -> p.endsWith(".html")).toList();
        assertTrue(pages.size() >= 3, "pages: " + pages);
        for (String page : pages) {
            Result r = chromium("--dump-dom", site.root.resolve(page).toUri().toString());
            assertEquals(0, r.exitCode, page + ": chromium exit code; stderr:\n" + r.err);
            assertTrue(r.out.contains("<h1"), page + ": no heading in the rendered DOM");
            List<String> console = r.err.lines().filter(l -> l.contains(":CONSOLE")).toList();
            assertTrue(console.isEmpty(), page + ": console messages " + console);
        }
    }

    @Test
    void screenshotOfTheIndex() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path png = dir.resolve("index.png");
        Files.deleteIfExists(png);
        Result r = chromium("--window-size=1280,1600", "--screenshot=" + png.toAbsolutePath(),
                site.root.resolve("index.html").toUri().toString());
        assertEquals(0, r.exitCode, r.err);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000, "screenshot is " + bytes.length + " bytes");
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        assertEquals('N', bytes[2]);
        assertEquals('G', bytes[3]);
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
