package io.sfmcjourney.camel.publish;

import java.util.List;

import io.sfmcjourney.camel.auth.SfmcCredentials;

/**
 * The publishes being followed, shared by the nodes of a cluster ({@code publishStore} option): a producer adds the
 * publish it started, the publishStatus consumer active on any node follows the pending ones and reports each once:
 * it {@linkplain #claim claims} a publish before emitting its result and {@linkplain #complete completes} it after.
 * A claim whose owner died expires after the store's claim timeout, and another consumer reports the publish (so a
 * publish is reported at least once; twice only when its reporter died between claim and complete). Without this
 * option the publishes are followed in the memory of the component ({@link PublishRegistry}).
 * Implementations must be thread-safe and safe across processes; {@code JdbcPublishStore} keeps them in a table.
 */
public interface PublishStore {

    /** Records a started publish (a statusId already recorded is left as it is). */
    void add(StartedPublish publish);

    /**
     * The publishes not reported yet that a consumer with these credentials can read (made with the same client id,
     * token URL and account, or of unknown credentials), oldest first; their {@code credentials} are the given ones.
     * With null credentials: every publish not reported yet.
     */
    List<StartedPublish> pending(SfmcCredentials credentials);

    /** Claims the report of a publish; true when {@code owner} may report it now (no live claim of another). */
    boolean claim(String statusId, String owner);

    /** The publish has been reported: it is no longer pending. */
    void complete(String statusId);
}
