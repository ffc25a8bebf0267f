package io.sfmcjourney.camel.publish;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import io.sfmcjourney.camel.auth.SfmcCredentials;

/**
 * The publishes of one component instance, handed to its running publishStatus consumers: every publishAsync made by
 * the component's producers is reported here, and applications can add status ids of publishes made elsewhere with
 * {@link #track(String)}. A consumer receives the publishes made with its own credentials (and those of unknown
 * credentials). Publishes reported while no publishStatus consumer runs are not kept. Thread-safe.
 */
public final class PublishRegistry {

    /** A running publishStatus consumer. */
    public interface Listener {

        /** The credentials the listener reads statuses with. */
        SfmcCredentials credentials();

        /** Starts following a publish. */
        void follow(StartedPublish publish);
    }

    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();

    /**
     * Records a started publish in the shared store (when one is configured) and reports it to the running consumers
     * of this component that can read its status.
     */
    public void publishStarted(StartedPublish publish, PublishStore store) {
        if (store != null) {
            store.add(publish);
        }
        publishStarted(publish);
    }

    /** Reports a started publish to the consumers that can read its status. */
    public void publishStarted(StartedPublish publish) {
        for (Listener listener : listeners) {
            if (publish.credentials() == null || publish.credentials().equals(listener.credentials())) {
                listener.follow(publish);
            }
        }
    }

    /** Has the running publishStatus consumers follow a publish known by its statusId only. */
    public void track(String statusId) {
        publishStarted(StartedPublish.ofStatusId(statusId));
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** The number of running publishStatus consumers. */
    public int listenerCount() {
        return listeners.size();
    }
}
