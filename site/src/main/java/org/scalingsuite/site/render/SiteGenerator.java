package org.scalingsuite.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.Figure;
import org.scalingsuite.core.report.Heatmap;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.datasets.registry.DatasetRegistry;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes the static results site: an index of every paper with its claim counts, one page per paper
 * (claims, fitted parameters, tables, plots, notes), a methods page (estimation methods side by side on
 * each comparison dataset), and a datasets page. Pages are rendered with
 * Thymeleaf (every value from data is escaped), contain no external URL and no timestamp, so identical
 * reports give byte-identical sites. The site is written to a temporary sibling directory and moved into
 * place only when complete, so a failure never leaves a partial site.
 */
public final class SiteGenerator {

    private final DatasetRegistry registry;
    private final RowCounts rowCounts;
    private final TemplateEngine engine;

    /**
     * @param registry  the dataset registry shown on the datasets page
     * @param rowCounts the data rows of each registered file, where they can be counted
     */
    public SiteGenerator(DatasetRegistry registry, RowCounts rowCounts) {
        this.registry = registry;
        this.rowCounts = rowCounts;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(SiteGenerator.class.getClassLoader());
        resolver.setPrefix("org/scalingsuite/site/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /** Renders the site for {@code reports}, with no method comparisons, into {@code directory}. */
    public void write(List<ReproductionReport> reports, Path directory) {
        write(reports, List.of(), directory);
    }

    /**
     * Renders the site into {@code directory}, replacing what was there.
     *
     * @param reports the reproductions' reports, one page each (sorted by id)
     * @param methods the estimation-method comparison tables for the methods page, in the order given
     */
    public void write(List<ReproductionReport> reports, List<Table> methods, Path directory) {
        List<ReproductionReport> sorted = reports.stream().sorted(Comparator.comparing(ReproductionReport::id)).toList();
        Path target = directory.toAbsolutePath().normalize();
        Path staging = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            deleteRecursively(staging);
            Files.createDirectories(staging.resolve("papers"));
            Map<String, String> pages = render(sorted, methods);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Path file = staging.resolve(page.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            }
            deleteRecursively(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                deleteRecursively(staging);
            } catch (IOException ignored) {
                // best effort cleanup of an unfinished staging directory
            }
        }
    }

    /** @return every file of the site: relative path to content. */
    Map<String, String> render(List<ReproductionReport> reports, List<Table> methods) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("style.css", Resources.text("org/scalingsuite/site/style.css"));
        List<PaperView> papers = reports.stream().map(PaperView::of).toList();
        Context index = new Context();
        index.setVariable("papers", papers);
        index.setVariable("totals", PaperView.totals(papers));
        files.put("index.html", engine.process("index", index));
        for (ReproductionReport r : reports) {
            Set<String> seen = new HashSet<>();
            for (Figure f : r.figures()) {
                String path = PaperView.figurePath(r.id(), f.id());
                if (!seen.add(path)) {
                    throw new IllegalArgumentException("report " + r.id() + " has two figures with id " + f.id());
                }
                files.put(path, svg(f));
            }
        }
        for (PaperView paper : papers) {
            Context page = new Context();
            page.setVariable("paper", paper);
            files.put("papers/" + paper.id() + ".html", engine.process("paper", page));
        }
        Context methodsPage = new Context();
        methodsPage.setVariable("tables", methods.stream().map(PaperView::table).toList());
        files.put("methods.html", engine.process("methods", methodsPage));
        Context datasets = new Context();
        datasets.setVariable("datasets", DatasetView.of(registry, rowCounts));
        files.put("datasets.html", engine.process("datasets", datasets));
        return files;
    }

    private static String svg(Figure figure) {
        if (figure instanceof Chart chart) {
            return SvgChart.render(chart);
        }
        if (figure instanceof Heatmap heatmap) {
            return SvgHeatmap.render(heatmap);
        }
        throw new IllegalArgumentException("no renderer for figure " + figure.id() + " of type "
                + figure.getClass().getSimpleName());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
