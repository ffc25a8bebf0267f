package io.sfmcjourney.camel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.sfmcjourney.camel.client.ReleasingInputStream;
import io.sfmcjourney.camel.client.SfmcHttpExchange.StreamedAnswer;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.producer.DownloadFile;
import io.sfmcjourney.camel.producer.SfmcRequestFactory;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.StreamCachingStrategy;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Methods whose answer is streamed (downloadJourneyHistory): the answer is never held in memory and not bounded by
 * {@code maxResponseSize}. Without {@code downloadFile} the body is the answer's InputStream, which holds a pooled
 * HTTP connection until the route reads it to the end or closes it (at the latest when the exchange completes);
 * with {@code downloadFile} the answer is written to that file and the body is the {@link java.io.File}. Errors and
 * retries are the other methods': a non-2xx answer fails with {@link SfmcJourneyApiException}; once the answer's head
 * arrived, a failure while reading it surfaces as an IOException and is not retried (downloads cannot be resumed).
 * Camel's stream caching (on by default) would read the whole answer into memory before the next step of the route,
 * so the producer adds the stream's class to the context's stream caching deny list.
 */
public class SfmcStreamedProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(SfmcStreamedProducer.class);

    private final SfmcJourneyEndpoint endpoint;
    private SfmcRequestFactory requests;
    private BusinessUnitClients businessUnits;
    private DownloadFile file;

    public SfmcStreamedProducer(SfmcJourneyEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        excludeFromStreamCaching(endpoint.getCamelContext().getStreamCachingStrategy());
        requests = new SfmcRequestFactory(endpoint);
        businessUnits = new BusinessUnitClients(endpoint, endpoint.createRestClient());
        String downloadFile = endpoint.getOptions().getDownloadFile();
        file = downloadFile == null || downloadFile.isBlank() ? null : new DownloadFile(Path.of(downloadFile));
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        message.setHeader(SfmcJourneyConstants.METHOD, endpoint.getMethod());
        SfmcRestClient client = businessUnits.forMessage(message);
        SfmcRequest request = requests.create(exchange);
        StreamedAnswer answer = client.open(request, endpoint.getMethod().requestHeaders());
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, answer.head().statusCode());
        String contentType = answer.head().contentType();
        if (contentType != null) {
            message.setHeader(Exchange.CONTENT_TYPE, contentType);
        }
        InputStream body = answer.body();
        if (body == null) {
            message.setBody(null);
        } else if (file != null) {
            long size = file.write(body);
            message.setBody(file.target().toFile());
            message.setHeader(SfmcJourneyConstants.DOWNLOAD_FILE, file.target().toString());
            message.setHeader(SfmcJourneyConstants.DOWNLOAD_SIZE, size);
        } else {
            exchange.getExchangeExtension().addOnCompletion(new CloseOnCompletion(body));
            message.setBody(body);
        }
    }

    /** Adds {@link ReleasingInputStream} to the deny list, keeping what the user denied. */
    private static void excludeFromStreamCaching(StreamCachingStrategy strategy) {
        synchronized (strategy) {
            Collection<Class<?>> denied = strategy.getDenyClasses();
            if (denied != null && denied.contains(ReleasingInputStream.class)) {
                return;
            }
            List<Class<?>> classes = new ArrayList<>(denied == null ? List.of() : denied);
            classes.add(ReleasingInputStream.class);
            strategy.setDenyClasses(classes.toArray(Class<?>[]::new));
        }
    }

    /** Releases the connection of a download the route did not read to the end. */
    private static final class CloseOnCompletion extends SynchronizationAdapter {

        private final InputStream body;

        CloseOnCompletion(InputStream body) {
            this.body = body;
        }

        @Override
        public void onDone(Exchange exchange) {
            try {
                body.close();
            } catch (IOException e) {
                LOG.debug("Closing the download stream failed: {}", e.toString());
            }
        }
    }
}
