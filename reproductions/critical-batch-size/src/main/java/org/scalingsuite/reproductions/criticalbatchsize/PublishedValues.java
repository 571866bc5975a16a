package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.List;
import org.scalingsuite.core.claim.Claim;

/**
 * The published numbers of this module's claims, so tables and figures show them beside the reproduced values
 * without typing them twice.
 *
 * @param claims the claims of {@code claims.csv}
 */
record PublishedValues(List<Claim> claims) {

    PublishedValues {
        claims = List.copyOf(claims);
    }

    /** @return the published value of the claim with this id. */
    double of(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no claim " + id)).published();
    }
}
