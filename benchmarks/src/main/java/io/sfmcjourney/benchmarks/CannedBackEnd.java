package io.sfmcjourney.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A back end that answers in microseconds, standing in for the nginx of the independent P1 measurement: HTTP/1.1 with
 * keep-alive on loopback, one thread per connection, a canned token for {@code POST /v2/token} and a canned
 * {@code 201 {"eventInstanceId": ...}} for every other request. It reads each request fully (headers and
 * {@code Content-Length} body) and checks nothing else, so nearly all CPU per call is the client's.
 */
final class CannedBackEnd implements AutoCloseable {

    static final String TOKEN = "canned-token";

    private final ServerSocket server;
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean open = true;

    CannedBackEnd() throws IOException {
        server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "canned-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Base URL, ending with a slash. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/";
    }

    long requests() {
        return requests.get();
    }

    private void accept() {
        while (open) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Thread connection = new Thread(() -> serve(socket), "canned-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
             OutputStream out = socket.getOutputStream()) {
            while (open) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                in.readNBytes(contentLength(head));
                long n = requests.incrementAndGet();
                byte[] body = (head.startsWith("POST /v2/token")
                        ? "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":1079,"
                          + "\"scope\":\"journeys_read journeys_write journeys_execute\",\"rest_instance_url\":\""
                          + baseUrl() + "\"}"
                        : "{\"eventInstanceId\":\"00000000-0000-0000-0000-" + String.format(Locale.ROOT, "%012d", n)
                          + "\"}").getBytes(StandardCharsets.UTF_8);
                String status = head.startsWith("POST /v2/token") ? "200 OK" : "201 Created";
                out.write(("HTTP/1.1 " + status + "\r\nContent-Type: application/json; charset=utf-8\r\n"
                           + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException e) {
            // the client closed the connection
        }
    }

    /** The request line and headers, or null at the end of the stream. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder(256);
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.append((char) b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString();
    }

    private static int contentLength(String head) {
        String lower = head.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("\r\ncontent-length:");
        if (at < 0) {
            return 0;
        }
        int start = at + "\r\ncontent-length:".length();
        int end = lower.indexOf('\r', start);
        return Integer.parseInt(lower.substring(start, end).trim());
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
    }
}
