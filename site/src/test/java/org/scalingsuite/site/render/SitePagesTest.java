package org.scalingsuite.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.report.Figure;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.datasets.registry.DatasetRegistry;
import org.scalingsuite.site.format.Numbers;

/**
 * The generated site, read back with jsoup: every paper is on the index with its claim counts, every
 * claim's published and reproduced numbers are on its paper page, every link and image resolves inside the
 * output, no page refers to anything outside it, and every SVG parses as XML with a title and a text
 * alternative. The site is the main job's, generated once ({@link GeneratedSite}).
 */
class SitePagesTest {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp|file|data|javascript):[^\\s\"'<>)]+|(?<![\\w:])//[\\w.-]+\\.[a-z]{2,}");
    private static GeneratedSite site;
    private static Map<String, byte[]> files;

    @BeforeAll
    static void generate() {
        site = GeneratedSite.get();
        files = GeneratedSite.files(site.root);
    }

    @Test
    void theMainJobSucceededAndWroteEveryPage() {
        assertEquals(0, site.exitCode, site.summary);
        assertTrue(files.containsKey("index.html"));
        assertTrue(files.containsKey("methods.html"));
        assertTrue(files.containsKey("datasets.html"));
        assertTrue(files.containsKey("style.css"));
        assertFalse(site.reports.isEmpty());
        for (ReproductionReport r : site.reports) {
            assertTrue(files.containsKey("papers/" + r.id() + ".html"), r.id());
        }
    }

    @Test
    void indexListsEveryPaperWithItsClaimCounts() {
        Document index = page("index.html");
        for (ReproductionReport r : site.reports) {
            Element link = index.selectFirst("a[href=papers/" + r.id() + ".html]");
            assertNotNull(link, "index links " + r.id());
            List<String> cells = link.closest("tr").select("td").stream().map(Element::text).toList();
            assertEquals(r.paper().citation(), cells.get(0));
            assertEquals(Long.toString(r.count(ClaimStatus.REPRODUCED)), cells.get(2));
            assertEquals(Long.toString(r.count(ClaimStatus.DEVIATES)), cells.get(3));
            assertEquals(Long.toString(r.count(ClaimStatus.FAILED)), cells.get(4));
        }
    }

    @Test
    void everyClaimShowsItsPublishedAndReproducedNumbers() {
        for (ReproductionReport r : site.reports) {
            Document paper = page("papers/" + r.id() + ".html");
            assertEquals(r.claims().size(), paper.select("table.claims tbody tr.claim").size(), r.id());
            for (ClaimResult c : r.claims()) {
                Element row = paper.getElementById("claim-" + c.claim().id());
                assertNotNull(row, r.id() + " claim " + c.claim().id());
                List<String> cells = row.select("td").stream().map(Element::text).toList();
                assertEquals(c.claim().id(), cells.get(0));
                assertTrue(cells.get(2).contains(Numbers.format(c.claim().published())),
                        c.claim().id() + " published " + cells.get(2));
                assertEquals(Numbers.format(c.reproduced()), cells.get(3), c.claim().id() + " reproduced");
                assertEquals(c.status().name(), cells.get(6), c.claim().id() + " status");
                assertEquals(c.claim().location(), cells.get(7), c.claim().id() + " source");
                if (!c.claim().reason().isEmpty()) {
                    Element reason = row.nextElementSibling();
                    assertNotNull(reason, c.claim().id() + " reason row");
                    assertEquals(c.claim().reason().strip().replaceAll("\\s+", " "), reason.text(), c.claim().id() + " reason");
                }
            }
        }
    }

    @Test
    void claimsAreSortedById() {
        for (ReproductionReport r : site.reports) {
            List<String> ids = page("papers/" + r.id() + ".html").select("table.claims tbody tr.claim td:eq(0)").eachText();
            List<String> sorted = new ArrayList<>(ids);
            sorted.sort(null);
            assertEquals(sorted, ids, r.id());
        }
    }

    @Test
    void everyFigureIsShownWithATextAlternative() {
        for (ReproductionReport r : site.reports) {
            Document paper = page("papers/" + r.id() + ".html");
            for (Figure f : r.figures()) {
                Element img = paper.selectFirst("#figure-" + f.id() + " img");
                assertNotNull(img, r.id() + " figure " + f.id());
                assertFalse(img.attr("alt").isBlank(), "alt text of " + f.id());
                assertFalse(paper.select("#figure-" + f.id() + " figcaption").text().isBlank());
            }
        }
    }

    @Test
    void everyLinkAndImageResolvesInsideTheSite() {
        for (String name : files.keySet()) {
            if (!name.endsWith(".html")) {
                continue;
            }
            Document doc = page(name);
            for (Element e : doc.select("a[href], img[src], link[href], script[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertFalse(ref.isBlank(), name + ": empty reference in " + e);
                URI uri = URI.create(ref);
                assertEquals(null, uri.getScheme(), name + ": " + ref + " leaves the site");
                assertEquals(null, uri.getAuthority(), name + ": " + ref + " leaves the site");
                String path = uri.getPath();
                Path target = path.isEmpty() ? Path.of(name) : Path.of(name).resolveSibling(path).normalize();
                String key = target.toString().replace('\\', '/');
                assertFalse(key.startsWith(".."), name + ": " + ref + " points above the site root");
                assertTrue(files.containsKey(key), name + ": " + ref + " does not resolve (" + key + ")");
                if (uri.getFragment() != null && key.endsWith(".html")) {
                    assertNotNull(page(key).getElementById(uri.getFragment()), name + ": anchor " + ref);
                }
            }
        }
    }

    @Test
    void noFileRefersOutsideTheSite() {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8)
                    .replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            Matcher m = URL.matcher(text);
            if (m.find()) {
                fail(f.getKey() + " refers outside the site: " + m.group());
            }
        }
    }

    @Test
    void everySvgParsesAndIsLabelled() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        int svgs = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".svg")) {
                continue;
            }
            svgs++;
            org.w3c.dom.Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(f.getValue()));
            assertEquals("svg", svg.getDocumentElement().getLocalName(), f.getKey());
            assertFalse(svg.getElementsByTagName("title").item(0).getTextContent().isBlank(), f.getKey());
            assertFalse(svg.getElementsByTagName("desc").item(0).getTextContent().isBlank(), f.getKey());
            assertEquals(0, svg.getElementsByTagName("script").getLength(), f.getKey());
        }
        assertEquals(site.reports.stream().mapToInt(r -> r.figures().size()).sum(), svgs);
    }

    @Test
    void resultTablesAreRendered() {
        for (ReproductionReport r : site.reports) {
            Document paper = page("papers/" + r.id() + ".html");
            for (Table t : r.tables()) {
                Element heading = paper.getElementById("table-" + t.id());
                assertNotNull(heading, r.id() + " table " + t.id());
                Element table = heading.parent().selectFirst("table");
                assertEquals(t.rows().size(), table.select("tbody tr").size(), r.id() + " table " + t.id());
            }
        }
    }

    @Test
    void datasetsPageListsEveryRegisteredFileWithItsHash() {
        Document datasets = page("datasets.html");
        String text = datasets.text();
        DatasetRegistry registry = DatasetRegistry.bundled();
        for (String dataset : registry.datasets()) {
            assertNotNull(datasets.getElementById("dataset-" + dataset), dataset);
            for (var file : registry.files(dataset)) {
                assertTrue(text.contains(file.sha256()), file.file());
            }
        }
    }

    private static Document page(String name) {
        return Jsoup.parse(new String(files.get(name), StandardCharsets.UTF_8), "");
    }
}
