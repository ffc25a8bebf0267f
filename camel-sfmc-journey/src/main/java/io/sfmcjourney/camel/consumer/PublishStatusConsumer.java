package io.sfmcjourney.camel.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;
import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.auth.SfmcCredentials;
import io.sfmcjourney.camel.model.PublishStatus;
import io.sfmcjourney.camel.publish.PublishRegistry;
import io.sfmcjourney.camel.publish.PublishResult;
import io.sfmcjourney.camel.publish.PublishStatusReader;
import io.sfmcjourney.camel.publish.PublishStore;
import io.sfmcjourney.camel.publish.StartedPublish;
import io.sfmcjourney.camel.publish.StatusPollSchedule;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("sfmc-journey:publishStatus")}: follows publishes until they end and emits one exchange per publish
 * (body {@link PublishResult}). Followed are the {@code id} option's status id, every publish the component's
 * producers start with the same credentials, and status ids given to {@link PublishRegistry#track(String)}.
 * <p>
 * Each poll checks the publishes that are due; a publish's checks back off per {@link StatusPollSchedule}, so the
 * scheduler's {@code delay} should be no longer than {@code statusPollInitialDelay}. A failed status read keeps the
 * publish followed (until its timeout) and fails the poll after the other publishes were checked, which the
 * consumer's health check shows.
 * <p>
 * With a {@code publishStore} the consumer follows the store's pending publishes (those of every node), and claims
 * each result in the store before emitting it, so that one exchange is emitted per publish across the nodes.
 */
public class PublishStatusConsumer extends ScheduledPollConsumer implements PublishRegistry.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(PublishStatusConsumer.class);

    private final SfmcJourneyEndpoint endpoint;
    private final StatusPollSchedule schedule;
    private final Map<String, FollowedPublish> followed = new ConcurrentHashMap<>();
    private PublishStatusReader reader;
    private SfmcCredentials credentials;
    private PublishStore store;
    private String owner;

    public PublishStatusConsumer(SfmcJourneyEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.schedule = StatusPollSchedule.of(endpoint.getConfiguration());
    }

    @Override
    protected void doStart() throws Exception {
        SfmcJourneyEndpointOptions options = endpoint.getOptions();
        credentials = endpoint.getCredentials();
        store = options.getPublishStore();
        owner = getEndpoint().getCamelContext().getName() + "/" + UUID.randomUUID();
        reader = new PublishStatusReader(options, endpoint.createRestClient());
        if (options.getId() != null && !options.getId().isBlank()) {
            follow(new StartedPublish(options.getId(), null, options.getKey(),
                    options.getVersionNumber(), credentials, Instant.now()));
        }
        endpoint.getComponent().getPublishRegistry().addListener(this);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        endpoint.getComponent().getPublishRegistry().removeListener(this);
        super.doStop();
    }

    @Override
    public SfmcCredentials credentials() {
        return credentials;
    }

    /** Follows the publish; with a {@code publishStore} it is recorded there too (if not already). */
    @Override
    public void follow(StartedPublish publish) {
        if (store != null) {
            store.add(publish);
        }
        followLocally(publish);
    }

    private void followLocally(StartedPublish publish) {
        followed.putIfAbsent(publish.statusId(),
                new FollowedPublish(publish, publish.startedAt().plus(schedule.initialDelay())));
    }

    /** The status ids followed now. */
    public Set<String> followedStatusIds() {
        return Set.copyOf(followed.keySet());
    }

    @Override
    protected int poll() throws Exception {
        if (store != null) {
            followPendingOfStore();
        }
        int emitted = 0;
        Exception failure = null;
        Iterator<FollowedPublish> publishes = followed.values().iterator();
        while (publishes.hasNext() && isRunAllowed()) {
            FollowedPublish publish = publishes.next();
            Instant now = Instant.now();
            if (now.isBefore(publish.nextCheck)) {
                continue;
            }
            PublishResult result;
            try {
                result = check(publish, now);
            } catch (Exception e) {
                LOG.debug("Reading publish status {} failed: {}", publish.publish.statusId(), e.getMessage());
                failure = failure == null ? e : failure;
                result = timedOutAt(publish, now);
                publish.scheduleNext(now, schedule);
            }
            if (result != null) {
                publishes.remove();
                if (report(result)) {
                    emitted++;
                    endpoint.getComponent().getMetrics().publishEnded(endpoint.getMethod().name(), result.getStatus(),
                            Duration.between(publish.publish.startedAt(), now));
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return emitted;
    }

    /** The result when the publish has ended or timed out; else null after scheduling the next check. */
    private PublishResult check(FollowedPublish publish, Instant now) throws Exception {
        PublishStatus status = reader.read(publish.publish.statusId());
        if (status.isFinished()) {
            return PublishResult.finished(publish.publish, status);
        }
        publish.scheduleNext(now, schedule);
        return timedOutAt(publish, now);
    }

    private PublishResult timedOutAt(FollowedPublish publish, Instant now) {
        boolean expired = !now.isBefore(publish.publish.startedAt().plus(schedule.timeout()));
        return expired ? PublishResult.timedOut(publish.publish) : null;
    }

    /** Follows the store's pending publishes; forgets those reported meanwhile (by another node). */
    private void followPendingOfStore() {
        Set<String> pending = new HashSet<>();
        for (StartedPublish publish : store.pending(credentials)) {
            pending.add(publish.statusId());
            followLocally(publish);
        }
        followed.keySet().retainAll(pending);
    }

    /** Emits the result unless another consumer of the shared store has claimed it; true when emitted. */
    private boolean report(PublishResult result) {
        if (store != null && !store.claim(result.getStatusId(), owner)) {
            return false;
        }
        emit(result);
        if (store != null) {
            store.complete(result.getStatusId());
        }
        return true;
    }

    private void emit(PublishResult result) {
        Exchange exchange = createExchange(false);
        try {
            exchange.getMessage().setHeader(SfmcJourneyConstants.METHOD, endpoint.getMethod().name());
            result.applyTo(exchange.getMessage());
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Processing the result of publish " + result.getStatusId()
                                                  + " failed", exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
    }

    /** A followed publish and the time of its next check. */
    private static final class FollowedPublish {
        private final StartedPublish publish;
        private volatile Instant nextCheck;
        private int checks;

        FollowedPublish(StartedPublish publish, Instant firstCheck) {
            this.publish = publish;
            this.nextCheck = firstCheck;
        }

        void scheduleNext(Instant now, StatusPollSchedule schedule) {
            checks++;
            nextCheck = now.plus(schedule.delayBefore(checks));
        }
    }
}
