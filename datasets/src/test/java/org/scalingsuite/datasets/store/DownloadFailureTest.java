package org.scalingsuite.datasets.store;

// Checks failed downloads against local HTTP servers (test files, no mirror needed): truncated bytes fail
// verification with both hashes and sizes and leave nothing in the cache; a connection cut mid-body, a
// body that stalls (idle timeout), HTTP 404 and a closed port are DataUnavailableExceptions naming the
// URL; and a corrupted cached file is refused rather than silently downloaded again.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.DataUnavailableException;
import org.scalingsuite.datasets.registry.DatasetRegistry;
import org.scalingsuite.datasets.registry.RegisteredFile;

@Timeout(60)
class DownloadFailureTest {

    private static final String CONTENT = "x,y\n" + "1,2\n".repeat(5_000);
    private static final RegisteredFile ENTRY = TestEntries.byteCopy("demo", "data/points.csv", CONTENT);
    private static final DatasetRegistry REGISTRY = DatasetRegistry.of(List.of(ENTRY));
    private static final String PATH = URI.create(ENTRY.downloadUrl().orElseThrow()).getPath();

    @TempDir
    Path cache;

    private DatasetStore store(LocalServer server) {
        return DatasetStore.of(REGISTRY, null, null, cache, Downloader.http()).withUrlRewrite(server::rewrite);
    }

    @Test
    void truncatedBodyFailsVerificationAndLeavesNothing() {
        byte[] full = CONTENT.getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(full, full.length / 2);
        try (LocalServer server = LocalServer.start().serve(PATH, truncated)) {
            DataUnavailableException e = assertThrows(DataUnavailableException.class,
                    () -> store(server).path("demo", "data/points.csv"));
            String m = e.getMessage();
            assertTrue(m.contains(ENTRY.sha256()), "expected hash: " + m);
            assertTrue(m.contains(TestEntries.sha256(truncated)), "received hash: " + m);
            assertTrue(m.contains(full.length + " bytes"), "expected size: " + m);
            assertTrue(m.contains(truncated.length + " bytes"), "received size: " + m);
            assertTrue(m.contains(server.rewrite(URI.create(PATH)).toString()), "URL: " + m);
            assertEquals(List.of(), TestEntries.regularFiles(cache), "nothing may be left in the cache");
            assertEquals(1, server.requests());
        }
    }

    @Test
    void connectionCutMidBodyIsAnErrorAndLeavesNothing() throws Exception {
        byte[] full = CONTENT.getBytes(StandardCharsets.UTF_8);
        // a raw socket: announce the full length, send a third, then close the connection
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serverThread = new Thread(() -> {
                try (Socket client = socket.accept()) {
                    BufferedReader request = new BufferedReader(
                            new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                    for (String line = request.readLine(); line != null && !line.isEmpty(); ) {
                        line = request.readLine();
                    }
                    OutputStream out = client.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + full.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.write(full, 0, full.length / 3);
                    out.flush();
                } catch (IOException e) {
                    // the test sees the outcome on the client side
                }
            }, "cut-connection-server");
            serverThread.setDaemon(true);
            serverThread.start();
            URI uri = URI.create("http://127.0.0.1:" + socket.getLocalPort() + PATH);
            DatasetStore store = DatasetStore.of(REGISTRY, null, null, cache, Downloader.http())
                    .withUrlRewrite(u -> uri);
            DataUnavailableException e = assertThrows(DataUnavailableException.class,
                    () -> store.path("demo", "data/points.csv"));
            assertTrue(e.getMessage().contains("demo/data/points.csv") && e.getMessage().contains(uri.toString()),
                    e.getMessage());
            assertEquals(List.of(), TestEntries.regularFiles(cache), "nothing may be left in the cache");
            serverThread.join(5_000);
        }
    }

    @Test
    void stalledBodyIsAbandonedAfterTheIdleTimeout() throws Exception {
        byte[] full = CONTENT.getBytes(StandardCharsets.UTF_8);
        // a raw socket: announce the full length, send a third, then keep the connection open, silent
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serverThread = new Thread(() -> {
                try (Socket client = socket.accept()) {
                    BufferedReader request = new BufferedReader(
                            new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                    for (String line = request.readLine(); line != null && !line.isEmpty(); ) {
                        line = request.readLine();
                    }
                    OutputStream out = client.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + full.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.write(full, 0, full.length / 3);
                    out.flush();
                    Thread.sleep(30_000);
                } catch (IOException | InterruptedException e) {
                    // closed by the test
                }
            }, "stalled-server");
            serverThread.setDaemon(true);
            serverThread.start();
            URI uri = URI.create("http://127.0.0.1:" + socket.getLocalPort() + PATH);
            DatasetStore store = DatasetStore.of(REGISTRY, null, null, cache, Downloader.http(Duration.ofMillis(500)))
                    .withUrlRewrite(u -> uri);
            long start = System.nanoTime();
            DataUnavailableException e = assertThrows(DataUnavailableException.class,
                    () -> store.path("demo", "data/points.csv"));
            assertTrue((System.nanoTime() - start) / 1e9 < 10, "abandoned promptly");
            assertTrue(e.getMessage().contains("no data received for 500 ms from " + uri), e.getMessage());
            assertEquals(List.of(), TestEntries.regularFiles(cache), "nothing may be left in the cache");
            serverThread.interrupt();
        }
    }

    @Test
    void http404NamesTheUrl() {
        try (LocalServer server = LocalServer.start()) {
            DataUnavailableException e = assertThrows(DataUnavailableException.class,
                    () -> store(server).path("demo", "data/points.csv"));
            String m = e.getMessage();
            String url = server.rewrite(URI.create(PATH)).toString();
            assertTrue(m.contains(url), m);
            assertTrue(m.contains("404"), m);
            assertTrue(m.contains("demo/data/points.csv"), m);
            assertEquals(List.of(), TestEntries.regularFiles(cache));
            assertEquals(1, server.requests());
        }
    }

    @Test
    void closedPortIsAClearError() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + port + PATH);

        IOException direct = assertThrows(IOException.class, () -> Downloader.http().open(uri));
        assertTrue(direct instanceof java.net.ConnectException, direct.toString());

        DatasetStore store = DatasetStore.of(REGISTRY, null, null, cache, Downloader.http()).withUrlRewrite(u -> uri);
        DataUnavailableException e = assertThrows(DataUnavailableException.class,
                () -> store.path("demo", "data/points.csv"));
        String m = e.getMessage();
        assertTrue(m.startsWith("cannot download 'demo/data/points.csv' from " + uri), m);
        assertTrue(m.contains("connection failed (ConnectException"), "the cause is named: " + m);
        assertTrue(m.contains(cache.toString()), "the locations searched are listed: " + m);
        assertEquals(List.of(), TestEntries.regularFiles(cache));
    }

    @Test
    void aCorruptedCachedFileIsRefusedNotReplaced() {
        try (LocalServer server = LocalServer.start().serve(PATH, CONTENT.getBytes(StandardCharsets.UTF_8))) {
            Path bad = TestEntries.write(cache, ENTRY, "x,y\n9,9\n");
            DataUnavailableException e = assertThrows(DataUnavailableException.class,
                    () -> store(server).path("demo", "data/points.csv"));
            assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains(ENTRY.sha256()),
                    e.getMessage());
            assertEquals(0, server.requests(), "a mismatch must not fall through to a download");
        }
    }
}
