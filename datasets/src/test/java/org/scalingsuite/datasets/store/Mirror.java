package org.scalingsuite.datasets.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Test helper: locates the read-only data mirror ({@code ../shared/datasets}) with the production
 * {@link MirrorLocator}, and skips the calling test with a clear message when it is absent.
 */
public final class Mirror {

    private Mirror() {
    }

    /** @return the mirror, if present beside the checkout. */
    public static Optional<Path> find() {
        return MirrorLocator.find();
    }

    /** @return the mirror; skips the current test (JUnit assumption) when it is absent. */
    public static Path require() {
        Optional<Path> mirror = find();
        assumeTrue(mirror.isPresent(), "skipped: the data mirror ../shared/datasets is not present beside the checkout"
                + " (set up the mirror to run the tests that read the public data)");
        return mirror.get();
    }
}
