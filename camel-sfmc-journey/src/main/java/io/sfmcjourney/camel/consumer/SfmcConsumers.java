package io.sfmcjourney.camel.consumer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;

import io.sfmcjourney.camel.SfmcJourneyEndpoint;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;

/** Which consumer serves {@code from("sfmc-journey:<method>")}, per method the table marks consumable. */
public final class SfmcConsumers {

    private static final Map<SfmcJourneyMethod, BiFunction<SfmcJourneyEndpoint, Processor, Consumer>> FACTORIES
            = new EnumMap<>(SfmcJourneyMethod.class);

    static {
        FACTORIES.put(SfmcJourneyMethod.getHistory,
                (endpoint, processor) -> new HistoryConsumer(endpoint, processor,
                        HistoryPageRequests.QUERY_PARAMETERS));
        FACTORIES.put(SfmcJourneyMethod.searchJourneyHistory,
                (endpoint, processor) -> new HistoryConsumer(endpoint, processor, HistoryPageRequests.SEARCH_BODY));
        FACTORIES.put(SfmcJourneyMethod.publishStatus, PublishStatusConsumer::new);
    }

    private SfmcConsumers() {
    }

    /**
     * The consumer of the endpoint's method.
     *
     * @throws UnsupportedOperationException for a method that cannot be consumed, naming those that can
     */
    public static Consumer create(SfmcJourneyEndpoint endpoint, Processor processor) {
        SfmcJourneyMethod method = endpoint.getApiMethod();
        BiFunction<SfmcJourneyEndpoint, Processor, Consumer> factory = method.isConsumable() ? FACTORIES.get(method)
                : null;
        if (factory == null) {
            throw new UnsupportedOperationException("sfmc-journey:" + method.name() + " cannot be consumed (from); "
                                                    + "the methods that can: " + SfmcJourneyMethod.consumableNames()
                                                    + ". Call " + method.name() + " with to(...) instead.");
        }
        return factory.apply(endpoint, processor);
    }

    /**
     * The scheduler's default {@code delay} of the method's consumer when it differs from Camel's 500 ms: history
     * consumers poll once a minute ({@link HistoryConsumer#DEFAULT_DELAY}), which a tenant's rate limit tolerates.
     */
    public static OptionalLong defaultDelay(SfmcJourneyMethod method) {
        return method == SfmcJourneyMethod.getHistory || method == SfmcJourneyMethod.searchJourneyHistory
                ? OptionalLong.of(HistoryConsumer.DEFAULT_DELAY) : OptionalLong.empty();
    }

    /** The methods a consumer exists for. */
    public static Set<SfmcJourneyMethod> consumableMethods() {
        return Collections.unmodifiableSet(FACTORIES.keySet());
    }
}
