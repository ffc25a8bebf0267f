package io.sfmcjourney.camel.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;

import io.sfmcjourney.camel.SfmcCallTimeoutException;
import io.sfmcjourney.camel.SfmcResponseTooLargeException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/** Whether a transport failure may have let the request reach the server. */
enum TransportFailure {

    /** The request never left: no connection (refused, connect timeout, unknown host, pool lease timeout). */
    NOT_SENT,
    /** The request may have been processed: reset, no response, read timeout. */
    AMBIGUOUS,
    /** An answer arrived but cannot be used (oversized, protocol error): the request may have been processed. */
    ANSWER_UNUSABLE,
    /** The request never left and retrying cannot help: TLS handshake failure. */
    FATAL;

    static TransportFailure of(IOException e) {
        if (e instanceof SfmcResponseTooLargeException || e instanceof ClientProtocolException) {
            return ANSWER_UNUSABLE;
        }
        if (e instanceof SSLHandshakeException) {
            return FATAL;
        }
        if (e instanceof ConnectException || e instanceof ConnectTimeoutException
            || e instanceof ConnectionRequestTimeoutException || e instanceof UnknownHostException
            || e instanceof NoRouteToHostException) {
            return NOT_SENT;
        }
        return AMBIGUOUS;
    }
}
