package org.scalingsuite.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.claim.Claim;
import org.scalingsuite.core.claim.Comparison;
import org.scalingsuite.core.claim.Expectation;
import org.scalingsuite.core.claim.Tolerance;
import org.scalingsuite.core.report.Axis;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.Heatmap;
import org.scalingsuite.core.report.Paper;
import org.scalingsuite.core.report.ParameterEstimate;
import org.scalingsuite.core.report.ParameterTable;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.report.Series;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.datasets.registry.DatasetRegistry;

/**
 * Every string that comes from data or a claims file is escaped: a report whose claim, note, table cell,
 * parameter name, figure title, series name and heatmap labels all carry markup renders that markup as
 * text, in the HTML pages and in the SVGs.
 */
class SiteEscapingTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static Map<String, String> files;

    @BeforeAll
    static void render() {
        Claim claim = new Claim("evil.claim", "Paper " + SCRIPT, "Table " + IMG, "quantity " + SCRIPT, 1.0, Double.NaN,
                Comparison.APPROX, Tolerance.absolute(0.1, "why " + SCRIPT), Expectation.REPRODUCES, Double.NaN,
                "reason " + IMG);
        ReproductionReport report = ReproductionReport.builder("evil",
                        new Paper("Citation " + SCRIPT, "Title " + SCRIPT, "Authors " + IMG, "ref", "summary " + SCRIPT),
                        List.of(claim))
                .value("evil.claim", 1.01)
                .note("note " + SCRIPT)
                .table(Table.builder("t", "table " + SCRIPT, "column " + IMG).caption("caption " + SCRIPT)
                        .row("cell " + SCRIPT).build())
                .parameters(new ParameterTable("p", "params " + SCRIPT, "law " + IMG, "method " + SCRIPT, Double.NaN,
                        List.of(ParameterEstimate.of("name " + SCRIPT, 1.5))))
                .figure(new Chart("chart", "chart " + SCRIPT, "description " + IMG,
                        Axis.linear("x " + SCRIPT, "unit " + IMG), Axis.linear("y", "u"),
                        List.of(new Series("series " + SCRIPT, Series.Style.POINTS, new double[] {1, 2},
                                new double[] {3, 4}))))
                .figure(new Heatmap("heat", "heat " + SCRIPT, "description " + SCRIPT, "rows " + IMG, "cols", "%",
                        List.of("row " + SCRIPT), List.of("col " + IMG), new double[][] {{1}}, null))
                .build();
        Table method = Table.builder("m", "dataset " + SCRIPT, "method " + IMG).row("value " + SCRIPT).build();
        Map<String, String> rendered = new SiteGenerator(DatasetRegistry.of(List.of()), RowCounts.none())
                .render(List.of(report), List.of(method));
        files = rendered;
    }

    @Test
    void htmlPagesShowMarkupAsText() {
        for (String name : List.of("index.html", "papers/evil.html", "methods.html")) {
            Document doc = Jsoup.parse(files.get(name));
            assertEquals(0, doc.select("script").size(), name + " has a script element");
            assertEquals(0, doc.select("[onerror]").size(), name + " has an onerror attribute");
            assertTrue(doc.text().contains(SCRIPT) || doc.text().contains(IMG), name + " shows the markup as text");
        }
        Document paper = Jsoup.parse(files.get("papers/evil.html"));
        for (String text : List.of("quantity " + SCRIPT, "note " + SCRIPT, "cell " + SCRIPT, "name " + SCRIPT,
                "Table " + IMG, "reason " + IMG, "caption " + SCRIPT)) {
            assertTrue(paper.text().contains(text), "paper page shows " + text);
        }
        assertTrue(paper.select("img").stream().allMatch(i -> i.attr("src").endsWith(".svg")));
    }

    @Test
    void svgsShowMarkupAsText() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String name : List.of("figures/evil/chart.svg", "figures/evil/heat.svg")) {
            org.w3c.dom.Document svg = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, svg.getElementsByTagName("script").getLength(), name);
            assertEquals(0, svg.getElementsByTagName("img").getLength(), name);
            assertTrue(svg.getDocumentElement().getTextContent().contains(SCRIPT), name + " keeps the text");
        }
    }
}
