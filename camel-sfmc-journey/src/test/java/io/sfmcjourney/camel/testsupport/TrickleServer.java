package io.sfmcjourney.camel.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 that answers every request 200 with a JSON body of {@code size} bytes, written one byte
 * at a time with a pause between bytes: never silent for long, yet slow to finish.
 */
public final class TrickleServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final int size;
    private final Duration pause;
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger aborted = new AtomicInteger();

    private TrickleServer(int size, Duration pause) throws IOException {
        this.size = size;
        this.pause = pause;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::trickle);
        server.start();
    }

    public static TrickleServer start(int size, Duration pause) throws IOException {
        return new TrickleServer(size, pause);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers written to the end. */
    public int completed() {
        return completed.get();
    }

    /** Answers the client stopped reading (connection closed) before the end. */
    public int aborted() {
        return aborted.get();
    }

    private void trickle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, size);
        byte[] body = ("{\"padding\":\"" + "x".repeat(Math.max(0, size - 14)) + "\"}").getBytes();
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < size; i++) {
                out.write(body[i]);
                out.flush();
                Thread.sleep(pause.toMillis());
            }
            completed.incrementAndGet();
        } catch (IOException e) {
            aborted.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
