package io.sfmcjourney.camel.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A scriptable HTTP server on 127.0.0.1 for client tests. Each {@link Route} (matched by longest path prefix) answers
 * from a queue of canned {@link Answer}s, then repeats its fallback answer; every request is recorded.
 */
public final class FakeHttpServer implements AutoCloseable {

    private static final long HANG_LIMIT_SECONDS = 30;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    private FakeHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeHttpServer start() throws IOException {
        return new FakeHttpServer();
    }

    /** {@code http://127.0.0.1:<port>} without trailing slash. */
    public String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** The route for a path prefix, created on first use (fallback: 404 JSON). */
    public Route route(String pathPrefix) {
        return routes.computeIfAbsent(pathPrefix, p -> new Route());
    }

    /** All requests received, in order. */
    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        String path = exchange.getRequestURI().getRawPath();
        Recorded recorded = new Recorded(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                headers, body);
        requests.add(recorded);
        Route route = matching(path);
        Answer answer = route == null ? Answer.json(404, "{\"message\":\"no route\",\"errorcode\":404}")
                : route.next(recorded);
        answer.sendTo(exchange, released);
    }

    private Route matching(String path) {
        synchronized (routes) {
            return routes.entrySet().stream()
                    .filter(e -> path.startsWith(e.getKey()))
                    .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                    .map(Map.Entry::getValue)
                    .orElse(null);
        }
    }

    /** The answers of one path prefix and the requests it received. */
    public static final class Route {

        private final Deque<Answer> queue = new ArrayDeque<>();
        private final List<Recorded> received = new CopyOnWriteArrayList<>();
        private Answer fallback = Answer.json(404, "{\"message\":\"not scripted\",\"errorcode\":404}");

        /** Answers the next request with {@code answer} (queued after earlier ones). */
        public synchronized Route then(Answer answer) {
            queue.addLast(answer);
            return this;
        }

        /** Answers every request after the queued ones with {@code answer}. */
        public synchronized Route always(Answer answer) {
            fallback = answer;
            return this;
        }

        public List<Recorded> requests() {
            return List.copyOf(received);
        }

        public int count() {
            return received.size();
        }

        private synchronized Answer next(Recorded request) {
            received.add(request);
            return queue.isEmpty() ? fallback : queue.removeFirst();
        }
    }

    /** One canned answer. */
    public static final class Answer {

        private enum Kind { RESPOND, CLOSE, HANG }

        private final Kind kind;
        private final int status;
        private final Map<String, String> headers;
        private final byte[] body;
        private final Duration delay;
        private final boolean chunked;

        private Answer(Kind kind, int status, Map<String, String> headers, byte[] body, Duration delay,
                       boolean chunked) {
            this.kind = kind;
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.delay = delay;
            this.chunked = chunked;
        }

        public static Answer json(int status, String json) {
            return new Answer(Kind.RESPOND, status, Map.of("Content-Type", "application/json"),
                    json.getBytes(StandardCharsets.UTF_8), Duration.ZERO, false);
        }

        public static Answer of(int status, String contentType, byte[] body) {
            return new Answer(Kind.RESPOND, status, Map.of("Content-Type", contentType), body, Duration.ZERO, false);
        }

        /** Reads the request, then closes the connection without answering. */
        public static Answer closeConnection() {
            return new Answer(Kind.CLOSE, 0, Map.of(), new byte[0], Duration.ZERO, false);
        }

        /** Reads the request, then never answers (until the server closes). */
        public static Answer hang() {
            return new Answer(Kind.HANG, 0, Map.of(), new byte[0], Duration.ZERO, false);
        }

        /** A successful SFMC token response. */
        public static Answer token(String accessToken, long expiresIn, String restInstanceUrl) {
            return json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                             + expiresIn + ",\"scope\":\"journeys_read journeys_write\",\"rest_instance_url\":\""
                             + restInstanceUrl + "\",\"soap_instance_url\":\"" + restInstanceUrl + "\"}");
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Answer(kind, status, all, body, delay, chunked);
        }

        /** Waits before answering. */
        public Answer after(Duration wait) {
            return new Answer(kind, status, headers, body, wait, chunked);
        }

        /** Sends the body chunked, without Content-Length. */
        public Answer chunked() {
            return new Answer(kind, status, headers, body, delay, true);
        }

        private void sendTo(HttpExchange exchange, CountDownLatch released) throws IOException {
            try {
                if (!delay.isZero()) {
                    released.await(delay.toMillis(), TimeUnit.MILLISECONDS);
                }
                if (kind == Kind.HANG) {
                    released.await(HANG_LIMIT_SECONDS, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (kind != Kind.RESPOND) {
                exchange.close();
                return;
            }
            headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            boolean noBody = body.length == 0 || status == 304 || status == 204;
            exchange.sendResponseHeaders(status, noBody ? -1 : chunked ? 0 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        }
    }

    /** A received request; header names lower-cased. */
    public record Recorded(String method, String path, String rawQuery, Map<String, List<String>> headers,
            byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public List<String> headerNames() {
            return new ArrayList<>(headers.keySet());
        }
    }
}
