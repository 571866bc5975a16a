package org.scalingsuite.datasets.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.scalingsuite.datasets.registry.RegisteredFile;

/** Test helper: small registry entries and files for store tests. */
final class TestEntries {

    private TestEntries() {
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.digest().digest(bytes));
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A byte-copy entry with a (fake) pinned download URL. */
    static RegisteredFile byteCopy(String dataset, String file, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new RegisteredFile(dataset, file, sha256(bytes), bytes.length, RegisteredFile.Kind.BYTE_COPY,
                Optional.of("https://raw.githubusercontent.com/example/repo/0123456789abcdef0123456789abcdef01234567/"
                        + file),
                "example/repo", "0123456789abcdef0123456789abcdef01234567", file, "MIT", "Test 2024");
    }

    /** An entry without a download URL (derived, transcribed or converted). */
    static RegisteredFile mirrorOnly(String dataset, String file, String content, RegisteredFile.Kind kind) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new RegisteredFile(dataset, file, sha256(bytes), bytes.length, kind, Optional.empty(), "", "", "",
                "none stated", "Test 2024");
    }

    /** Writes {@code base/dataset/file}. */
    static Path write(Path base, RegisteredFile entry, String content) {
        try {
            Path target = base.resolve(entry.dataset()).resolve(entry.file());
            Files.createDirectories(target.getParent());
            return Files.writeString(target, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A downloader that fails the test if it is ever used. */
    static Downloader noDownloads() {
        return uri -> {
            throw new AssertionError("unexpected download of " + uri);
        };
    }

    /** @return every regular file below {@code dir} (none if it does not exist). */
    static java.util.List<Path> regularFiles(Path dir) {
        if (!Files.exists(dir)) {
            return java.util.List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
