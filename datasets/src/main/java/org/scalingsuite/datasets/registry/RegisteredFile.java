package org.scalingsuite.datasets.registry;

import java.util.Optional;

/**
 * One data file the suite reads: where it comes from, how to check it, and under what terms.
 *
 * @param dataset            the dataset id (its folder in the mirror)
 * @param file               the path within the dataset folder, with forward slashes
 * @param sha256             the expected SHA-256, lowercase hex
 * @param bytes              the expected size in bytes
 * @param kind               how the file relates to upstream
 * @param downloadUrl        the upstream URL at a pinned commit, for byte copies; empty otherwise
 * @param upstreamRepository the upstream repository (owner/name), if any
 * @param commit             the pinned upstream commit, if any
 * @param upstreamPath       the path in the upstream repository, if any
 * @param licence            the licence, or "none stated"
 * @param citation           the paper or source to cite
 */
public record RegisteredFile(
        String dataset,
        String file,
        String sha256,
        long bytes,
        Kind kind,
        Optional<String> downloadUrl,
        String upstreamRepository,
        String commit,
        String upstreamPath,
        String licence,
        String citation) {

    /** How a file relates to its upstream source. */
    public enum Kind {
        /** Byte-identical to the upstream file at the pinned commit: downloadable. */
        BYTE_COPY("byte-copy"),
        /** Converted from an upstream format the suite does not read (xlsx, jsonl, pickle); mirror only. */
        CONVERTED("converted"),
        /** A table built from upstream data while surveying the papers; mirror only. */
        DERIVED("derived"),
        /** Numbers typed in from a paper, README or notebook output; mirror only. */
        TRANSCRIBED("transcribed");

        private final String token;

        Kind(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }

        public static Kind fromToken(String token) {
            for (Kind k : values()) {
                if (k.token.equals(token)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown kind '" + token + "'");
        }
    }

    /** @return {@code dataset/file}. */
    public String key() {
        return dataset + "/" + file;
    }
}
