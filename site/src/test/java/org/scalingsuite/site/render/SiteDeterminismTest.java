package org.scalingsuite.site.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalingsuite.site.cli.MainJob;
import org.scalingsuite.site.format.Json;
import org.scalingsuite.site.format.ReportJson;

/**
 * Determinism: a second run of the main job (same data, same seeds, fresh JVM state aside) writes a
 * byte-identical site and value-identical reports. Compares against the shared first run
 * ({@link GeneratedSite}).
 */
class SiteDeterminismTest {

    @Test
    void twoRunsOfTheMainJobWriteIdenticalSitesAndReports() {
        GeneratedSite first = GeneratedSite.get();
        Path dir = GeneratedSite.temporaryDirectory("site-b");
        MainJob.Outcome second = GeneratedSite.mainJob(dir, new StringWriter());
        assertEquals(first.exitCode, second.exitCode());
        assertEquals(first.reports, second.reports(), "reports are equal value by value");
        assertEquals(Json.write(ReportJson.of(first.reports)), Json.write(ReportJson.of(second.reports())));

        Map<String, byte[]> a = GeneratedSite.files(first.root);
        Map<String, byte[]> b = GeneratedSite.files(dir.resolve("site"));
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
    }
}
