package org.scalingsuite.site.render;

import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.datasets.registry.DatasetRegistry;
import org.scalingsuite.datasets.registry.RegisteredFile;

/**
 * A dataset as the datasets page shows it: its files with upstream, commit, licence, kind and sha256.
 *
 * @param id    the dataset id
 * @param files the registered files
 */
public record DatasetView(String id, List<FileRow> files) {

    /** One registered file. */
    public record FileRow(String file, String kind, String upstream, String commit, String upstreamPath,
            String licence, String citation, String sha256, long bytes, String rows) {
    }

    static List<DatasetView> of(DatasetRegistry registry, RowCounts counts) {
        List<DatasetView> views = new ArrayList<>();
        for (String dataset : registry.datasets()) {
            List<FileRow> rows = new ArrayList<>();
            for (RegisteredFile f : registry.files(dataset)) {
                rows.add(new FileRow(f.file(), f.kind().token(), f.upstreamRepository(),
                        f.commit().length() > 12 ? f.commit().substring(0, 12) : f.commit(), f.upstreamPath(),
                        f.licence(), f.citation(), f.sha256(), f.bytes(),
                        counts.rows(f).stream().mapToObj(Long::toString).findFirst().orElse("")));
            }
            views.add(new DatasetView(dataset, rows));
        }
        return views;
    }
}
