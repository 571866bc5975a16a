package org.scalingsuite.datasets.store;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the read-only data mirror {@code shared/datasets} that sits beside the checkout: walking up from
 * the working directory, then from the location of the running code (e.g. {@code site/target/scalingsuite.jar}),
 * the first ancestor {@code A} with a directory {@code A/../shared/datasets} wins.
 */
final class MirrorLocator {

    private MirrorLocator() {
    }

    static Optional<Path> find() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        try {
            var source = MirrorLocator.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                starts.add(Path.of(source.getLocation().toURI()).toAbsolutePath());
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // no code location: rely on the working directory
        }
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path parent = dir.getParent();
                if (parent == null) {
                    break;
                }
                Path candidate = parent.resolve("shared").resolve("datasets");
                if (Files.isDirectory(candidate)) {
                    return Optional.of(candidate.normalize());
                }
            }
        }
        return Optional.empty();
    }
}
