package org.scalingsuite.datasets.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Opens a download stream for a URL. */
@FunctionalInterface
public interface Downloader {

    /**
     * @return the response body
     * @throws IOException when the request fails or the status is not 200
     */
    InputStream open(URI uri) throws IOException;

    /**
     * @return a downloader over {@link HttpClient}: redirects followed, 30 s connect timeout, and a download
     *         abandoned after 60 s without data
     */
    static Downloader http() {
        return http(Duration.ofSeconds(60));
    }

    /**
     * @param idleTimeout how long a download may receive no data before it is abandoned (the request timeout
     *                    of {@link HttpClient} covers the response headers only, not the body)
     * @return a downloader over {@link HttpClient}: redirects followed, 30 s connect timeout
     */
    static Downloader http(Duration idleTimeout) {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        return uri -> {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).GET().build();
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    response.body().close();
                    throw new IOException("HTTP " + response.statusCode() + " for " + uri);
                }
                return new IdleTimeoutInputStream(response.body(), idleTimeout, uri);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while downloading " + uri, e);
            }
        };
    }
}
