package io.sfmcjourney.camel.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import io.sfmcjourney.camel.model.BatchEntryMember;
import io.sfmcjourney.camel.model.BatchEntryMemberResult;
import io.sfmcjourney.camel.model.BatchEntryRequest;
import io.sfmcjourney.camel.model.BatchEntryResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Back-pressure and call slots of the batcher, with calls the test answers itself. */
class MemberCollectorTest {

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final List<CompletableFuture<BatchEntryResult>> calls = new CopyOnWriteArrayList<>();
    private final List<BatchEntryRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> outcomes = new CopyOnWriteArrayList<>();

    private final BatchEntryCall heldCalls = new BatchEntryCall() {
        @Override
        public BatchEntryResult send(BatchEntryRequest request) {
            throw new UnsupportedOperationException("asynchronous only");
        }

        @Override
        public CompletableFuture<BatchEntryResult> sendAsync(BatchEntryRequest request) {
            CompletableFuture<BatchEntryResult> call = new CompletableFuture<>();
            requests.add(request);
            calls.add(call);
            return call;
        }
    };

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    @Test
    void whenFullTheFailPolicyRefusesNamingTheBoundAndAcceptsAgainOnceAnswered() throws Exception {
        MemberCollector batcher = new MemberCollector(heldCalls, 2, Duration.ofMinutes(1), 2, BatchFullPolicy.Fail, 1, timers);
        batcher.submit("ev", member("a"), completion());
        batcher.submit("ev", member("b"), completion());

        assertThat(calls).hasSize(1);
        assertThat(batcher.pending()).isEqualTo(2);
        assertThatThrownBy(() -> batcher.submit("ev", member("c"), completion()))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("batchMaxPending (2)").hasMessageContaining("batchFullPolicy=Block");

        calls.get(0).complete(answer(requests.get(0)));
        assertThat(outcomes).containsExactly("a", "b");
        assertThat(batcher.pending()).isZero();
        batcher.submit("ev", member("c"), completion());
        assertThat(batcher.pending()).isEqualTo(1);
    }

    @Test
    void fullBatchesBeyondTheConcurrencyQueueUntilACallAnswers() throws Exception {
        MemberCollector batcher = new MemberCollector(heldCalls, 1, Duration.ofMinutes(1), 10, BatchFullPolicy.Block, 2,
                timers);
        for (String key : List.of("a", "b", "c")) {
            batcher.submit("ev", member(key), completion());
        }

        assertThat(calls).as("calls in flight").hasSize(2);
        calls.get(0).complete(answer(requests.get(0)));
        assertThat(calls).as("the queued batch took the free slot").hasSize(3);
        calls.get(1).completeExceptionally(new IllegalStateException("refused"));
        calls.get(2).complete(answer(requests.get(2)));

        assertThat(outcomes).containsExactly("a", "failed: refused", "c");
        assertThat(batcher.drain(Duration.ofSeconds(5))).isTrue();
    }

    private MemberCollector.Completion completion() {
        return new MemberCollector.Completion() {
            @Override
            public void completed(BatchEntryMemberResult result, String requestId) {
                outcomes.add(result.getContactKey());
            }

            @Override
            public void failed(Exception failure) {
                outcomes.add("failed: " + failure.getMessage());
            }
        };
    }

    private static BatchEntryMember member(String contactKey) {
        return new BatchEntryMember(contactKey, Map.of());
    }

    private static BatchEntryResult answer(BatchEntryRequest request) {
        BatchEntryResult result = new BatchEntryResult();
        for (BatchEntryMember member : request.getMembers()) {
            BatchEntryMemberResult one = new BatchEntryMemberResult();
            one.setContactKey(member.getContactKey());
            one.setEventInstanceId("instance-" + member.getContactKey());
            result.getMembers().add(one);
        }
        result.setRequestId("request-1");
        return result;
    }
}
