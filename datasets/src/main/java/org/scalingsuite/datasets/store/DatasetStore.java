package org.scalingsuite.datasets.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.scalingsuite.core.data.DataUnavailableException;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.registry.DatasetRegistry;
import org.scalingsuite.datasets.registry.RegisteredFile;

/**
 * Finds verified local copies of registered data files. Resolution order:
 * <ol>
 *   <li>an explicit data directory: the environment variable {@code SCALINGSUITE_DATA} or the system
 *       property {@code scalingsuite.data} (the property wins), laid out like the mirror
 *       ({@code <dir>/<dataset>/<file>});</li>
 *   <li>the mirror {@code ../shared/datasets} beside the checkout, found by walking up from the working
 *       directory and from the location of the running code;</li>
 *   <li>the cache ({@code ~/.cache/scalingsuite}, or the property {@code scalingsuite.cache}), filled by
 *       downloading the file from its upstream URL at the pinned commit.</li>
 * </ol>
 * The first location that has the file decides: its SHA-256 must equal the registry's, and a mismatch is
 * an error naming both hashes, never a warning. Downloads go to a temporary file in the cache directory,
 * are hashed while streaming, and are moved into place atomically only when the hash matches, so a
 * truncated or corrupted download is never used. Files without a download URL (converted, derived or
 * transcribed tables) come from the mirror or data directory only, and the error says so.
 *
 * <p>Verified paths are remembered for the life of the store (keyed by path, size and modification time).
 */
public final class DatasetStore implements DataStore {

    public static final String DATA_ENV = "SCALINGSUITE_DATA";
    public static final String DATA_PROPERTY = "scalingsuite.data";
    public static final String CACHE_PROPERTY = "scalingsuite.cache";

    private final DatasetRegistry registry;
    private final Optional<Path> dataDirectory;
    private final Optional<Path> mirror;
    private final Path cache;
    private final Downloader downloader;
    private final UnaryOperator<URI> urlRewrite;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** A file that passed its checksum, with the size and time it had then. */
    private record Verified(Path path, long size, java.nio.file.attribute.FileTime modified) {
    }

    private DatasetStore(DatasetRegistry registry, Optional<Path> dataDirectory, Optional<Path> mirror, Path cache,
            Downloader downloader, UnaryOperator<URI> urlRewrite) {
        this.registry = registry;
        this.dataDirectory = dataDirectory;
        this.mirror = mirror;
        this.cache = cache;
        this.downloader = downloader;
        this.urlRewrite = urlRewrite;
    }

    /** @return a store configured from the environment: data directory, mirror, default cache, HTTP downloads. */
    public static DatasetStore standard() {
        return new DatasetStore(DatasetRegistry.bundled(), configuredDataDirectory(), MirrorLocator.find(),
                defaultCache(), Downloader.http(), UnaryOperator.identity());
    }

    /** @return a store with explicit locations (for tests and embedding). */
    public static DatasetStore of(DatasetRegistry registry, Path dataDirectory, Path mirror, Path cache,
            Downloader downloader) {
        return new DatasetStore(registry, Optional.ofNullable(dataDirectory), Optional.ofNullable(mirror), cache,
                downloader, UnaryOperator.identity());
    }

    /** @return a copy that rewrites download URLs (e.g. to a local server in tests). */
    public DatasetStore withUrlRewrite(UnaryOperator<URI> rewrite) {
        return new DatasetStore(registry, dataDirectory, mirror, cache, downloader, rewrite);
    }

    static Optional<Path> configuredDataDirectory() {
        String property = System.getProperty(DATA_PROPERTY);
        String value = property != null && !property.isBlank() ? property : System.getenv(DATA_ENV);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    static Path defaultCache() {
        String property = System.getProperty(CACHE_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "scalingsuite");
    }

    public DatasetRegistry registry() {
        return registry;
    }

    public Optional<Path> dataDirectory() {
        return dataDirectory;
    }

    public Optional<Path> mirror() {
        return mirror;
    }

    public Path cache() {
        return cache;
    }

    @Override
    public Path path(String dataset, String file) {
        RegisteredFile entry = registry.require(dataset, file);
        Verified known = verified.get(entry.key());
        if (known != null && unchanged(known)) {
            return known.path();
        }
        Path resolved = resolve(entry);
        try {
            verified.put(entry.key(), new Verified(resolved, Files.size(resolved),
                    Files.getLastModifiedTime(resolved)));
        } catch (IOException e) {
            throw new DataUnavailableException("cannot read " + resolved + ": " + e.getMessage(), e);
        }
        return resolved;
    }

    /** Where a file was found, with its verification outcome, for {@code datasets verify}. */
    public record Check(RegisteredFile entry, Optional<Path> location, boolean ok, String message) {
    }

    /** Checks one file without downloading it: present in a local location, and with the right hash. */
    public Check check(RegisteredFile entry) {
        for (Path base : localBases()) {
            Path candidate = locate(base, entry);
            if (Files.isRegularFile(candidate)) {
                try {
                    String actual = Sha256.of(candidate);
                    if (actual.equals(entry.sha256())) {
                        return new Check(entry, Optional.of(candidate), true, "ok");
                    }
                    return new Check(entry, Optional.of(candidate), false, mismatch(entry, candidate, actual));
                } catch (IOException e) {
                    return new Check(entry, Optional.of(candidate), false, "cannot read: " + e.getMessage());
                }
            }
        }
        return new Check(entry, Optional.empty(), false, "not found in " + describeLocations());
    }

    private Path resolve(RegisteredFile entry) {
        for (Path base : localBases()) {
            Path candidate = locate(base, entry);
            if (Files.isRegularFile(candidate)) {
                verify(entry, candidate);
                return candidate;
            }
        }
        if (entry.downloadUrl().isEmpty()) {
            throw new DataUnavailableException("'" + entry.key() + "' is a " + entry.kind().token()
                    + " file with no upstream download; it comes from the mirror (../shared/datasets) or "
                    + DATA_ENV + " only, and was not found in " + describeLocations());
        }
        return download(entry);
    }

    private List<Path> localBases() {
        List<Path> bases = new ArrayList<>();
        dataDirectory.ifPresent(bases::add);
        mirror.ifPresent(bases::add);
        bases.add(cache);
        return bases;
    }

    private static Path locate(Path base, RegisteredFile entry) {
        return base.resolve(entry.dataset()).resolve(entry.file());
    }

    private String describeLocations() {
        StringBuilder sb = new StringBuilder();
        dataDirectory.ifPresent(d -> sb.append(DATA_ENV).append('=').append(d).append(", "));
        sb.append(mirror.map(m -> "mirror " + m).orElse("no mirror (../shared/datasets) beside the checkout"));
        sb.append(", cache ").append(cache);
        return sb.toString();
    }

    /**
     * @return the messages of the cause chain, outermost first, without repeats; when no exception in it has
     *         a message (e.g. a refused connection or an unresolved host), the class names of the chain, e.g.
     *         "connection failed (ConnectException, ClosedChannelException)"
     */
    private static String describe(Throwable e) {
        List<String> messages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Throwable t = e; t != null && names.size() < 10; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && messages.stream().noneMatch(earlier -> earlier.contains(m))) {
                messages.add(m);
            }
            names.add(t.getClass().getSimpleName());
        }
        if (!messages.isEmpty()) {
            return String.join(": ", messages);
        }
        String chain = String.join(", ", names.stream().distinct().toList());
        return e instanceof java.net.ConnectException ? "connection failed (" + chain + ")" : chain;
    }

    private static String mismatch(RegisteredFile entry, Path file, String actual) {
        return "checksum mismatch for " + file + ": expected sha256 " + entry.sha256() + ", found " + actual;
    }

    private void verify(RegisteredFile entry, Path file) {
        String actual;
        try {
            actual = Sha256.of(file);
        } catch (IOException e) {
            throw new DataUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!actual.equals(entry.sha256())) {
            throw new DataUnavailableException(mismatch(entry, file, actual));
        }
    }

    private static boolean unchanged(Verified known) {
        try {
            return Files.size(known.path()) == known.size()
                    && Files.getLastModifiedTime(known.path()).equals(known.modified());
        } catch (IOException e) {
            return false;
        }
    }

    private Path download(RegisteredFile entry) {
        URI uri = urlRewrite.apply(URI.create(entry.downloadUrl().orElseThrow()));
        Path target = locate(cache, entry);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".download-", ".part");
            MessageDigest md = Sha256.digest();
            long size = 0;
            try (InputStream in = downloader.open(uri); OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[1 << 16];
                int read;
                while ((read = in.read(buffer)) > 0) {
                    md.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                    size += read;
                }
            }
            String actual = HexFormat.of().formatHex(md.digest());
            if (!actual.equals(entry.sha256())) {
                throw new DataUnavailableException("download of '" + entry.key() + "' from " + uri
                        + " failed verification: expected sha256 " + entry.sha256() + " (" + entry.bytes()
                        + " bytes), received " + actual + " (" + size + " bytes); the file was not kept");
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return target;
        } catch (IOException e) {
            throw new DataUnavailableException("cannot download '" + entry.key() + "' from " + uri + ": "
                    + describe(e) + "; not found in " + describeLocations(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: a leftover .part file is never read
                }
            }
        }
    }
}
