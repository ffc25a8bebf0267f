package io.sfmcjourney.camel.client;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a TLS client certificate ({@code sslContext} holding a key), calls reuse their pooled connection: HttpClient's
 * default connection state would tie each connection to the certificate's principal, which a new call (with a new
 * context, no state) never asks for, so every call would open a new TLS connection. Keys come from the JDK's keytool
 * at test time; the server is the JDK's HTTPS server on loopback, requiring a client certificate.
 */
class ClientCertificateConnectionReuseTest {

    private static final char[] PASSWORD = "test-pass".toCharArray();
    private static final int CALLS = 5;

    @TempDir
    Path keys;

    private HttpsServer server;
    private final AtomicInteger connections = new AtomicInteger();
    private KeyStore serverKeys;
    private KeyStore clientKeys;

    @BeforeEach
    void start() throws Exception {
        serverKeys = generate("server", "CN=127.0.0.1", "SAN=ip:127.0.0.1");
        clientKeys = generate("client", "CN=sfmc-journey-client", null);
        SSLContext serverTls = tls(serverKeys, clientKeys.getCertificate("client"));
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls) {
            @Override
            public void configure(HttpsParameters params) { // once per accepted TLS connection
                connections.incrementAndGet();
                SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
                parameters.setNeedClientAuth(true);
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/interaction/v1/events", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
                byte[] body = "{\"eventInstanceId\":\"e-1\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(201, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void callsWithAClientCertificateShareOnePooledConnection() throws Exception {
        SSLContext clientTls = tls(clientKeys, serverKeys.getCertificate("server"));
        SfmcHttpSettings settings = new SfmcHttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(10), 10, 10, null, null, 0, null, null, clientTls, null, "sfmc-journey-test",
                1_000_000);
        String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/interaction/v1/events";

        try (CloseableHttpClient http = SfmcHttpClientFactory.create(settings)) {
            for (int i = 0; i < CALLS; i++) {
                HttpPost post = new HttpPost(url);
                post.setEntity(new StringEntity("{\"ContactKey\":\"c-" + i + "\"}", ContentType.APPLICATION_JSON));
                SfmcResponse answer = SfmcHttpExchange.send(http, post, "postInteractionsEvents");
                assertThat(answer.statusCode()).isEqualTo(201);
            }
        }

        assertThat(connections).as("TLS connections for %d sequential calls", CALLS).hasValue(1);
    }

    /** A PKCS12 key store with one self-signed EC key pair under {@code alias}, made by the JDK's keytool. */
    private KeyStore generate(String alias, String subject, String extension) throws Exception {
        Path file = keys.resolve(alias + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        List<String> command = new ArrayList<>(List.of(keytool, "-genkeypair", "-alias", alias,
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", subject, "-validity", "2",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(PASSWORD),
                "-keypass", new String(PASSWORD)));
        if (extension != null) {
            command.addAll(List.of("-ext", extension));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(process.exitValue()).as("keytool: %s", output).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    /** A TLS context presenting {@code own} keys and trusting only {@code trusted}. */
    private static SSLContext tls(KeyStore own, Certificate trusted) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(own, PASSWORD);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("peer", trusted);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }
}
