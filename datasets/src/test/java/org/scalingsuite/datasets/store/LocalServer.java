package org.scalingsuite.datasets.store;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helper: an HTTP server on 127.0.0.1 (ephemeral port) that answers GET requests from a map of
 * URL path to response, and counts the requests it receives.
 */
final class LocalServer implements AutoCloseable {

    /** What to answer for one path. */
    interface Response {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    private LocalServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                Response r = responses.get(exchange.getRequestURI().getPath());
                if (r == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    r.send(exchange);
                }
            }
        });
        server.start();
    }

    static LocalServer start() {
        return new LocalServer();
    }

    /** Serves {@code body} with status 200 at {@code path}. */
    LocalServer serve(String path, byte[] body) {
        responses.put(path, exchange -> send(exchange, body));
        return this;
    }

    /** Answers {@code path} with a custom response. */
    LocalServer answer(String path, Response response) {
        responses.put(path, response);
        return this;
    }

    static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    int requests() {
        return requests.get();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** @return {@code uri} with its scheme, host and port replaced by this server's, keeping the path. */
    URI rewrite(URI uri) {
        return URI.create("http://127.0.0.1:" + port() + uri.getRawPath());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
