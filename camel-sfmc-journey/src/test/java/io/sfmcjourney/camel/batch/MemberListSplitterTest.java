package io.sfmcjourney.camel.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.sfmcjourney.camel.SfmcBatchEntryIncompleteException;
import io.sfmcjourney.camel.model.BatchEntryMember;
import io.sfmcjourney.camel.model.BatchEntryMemberResult;
import io.sfmcjourney.camel.model.BatchEntryRequest;
import io.sfmcjourney.camel.model.BatchEntryResult;
import org.junit.jupiter.api.Test;

/** Splitting member lists into calls and merging the answers, with a recording call in place of SFMC. */
class MemberListSplitterTest {

    private final List<BatchEntryRequest> sent = new ArrayList<>();

    @Test
    void splitsIntoCallsOfAtMostTheChunkSizeAndMergesInOrder() throws Exception {
        MemberListSplitter splitter = new MemberListSplitter(this::answer, 100);

        MemberListSplitter.Result result = splitter.enter(new BatchEntryRequest("ev", members(250)));

        assertThat(sent).extracting(request -> request.getMembers().size()).containsExactly(100, 100, 50);
        assertThat(sent).allSatisfy(request -> assertThat(request.getEventDefinitionKey()).isEqualTo("ev"));
        assertThat(result.merged().getMembers()).extracting(BatchEntryMemberResult::getContactKey)
                .containsExactlyElementsOf(IntStream.range(0, 250).mapToObj(i -> "c" + i).toList());
        assertThat(result.merged().getCount()).isEqualTo(250);
        assertThat(result.merged().getNotQueuedCount()).as("c99 and c199").isEqualTo(2);
        assertThat(result.merged().getRequestId()).as("several calls have no single requestId").isNull();
        assertThat(result.requestIds()).containsExactly("r1", "r2", "r3");
    }

    @Test
    void oneCallKeepsItsRequestId() throws Exception {
        MemberListSplitter.Result result = new MemberListSplitter(this::answer, 100)
                .enter(new BatchEntryRequest("ev", members(100)));

        assertThat(sent).hasSize(1);
        assertThat(result.merged().getRequestId()).isEqualTo("r1");
    }

    @Test
    void aFailingFirstCallFailsAsItselfBecauseNothingWasQueued() {
        IOException failure = new IOException("down");
        MemberListSplitter splitter = new MemberListSplitter(request -> {
            throw failure;
        }, 100);

        assertThatThrownBy(() -> splitter.enter(new BatchEntryRequest("ev", members(250)))).isSameAs(failure);
    }

    @Test
    void aLaterFailingCallStopsAndReportsWhatWasQueued() {
        IOException failure = new IOException("throttled");
        MemberListSplitter splitter = new MemberListSplitter(request -> {
            if (sent.size() == 1) {
                sent.add(request);
                throw failure;
            }
            return answer(request);
        }, 100);

        assertThatThrownBy(() -> splitter.enter(new BatchEntryRequest("ev", members(250))))
                .isInstanceOfSatisfying(SfmcBatchEntryIncompleteException.class, e -> {
                    assertThat(e.getCause()).isSameAs(failure);
                    assertThat(e.getFirstUnqueuedIndex()).isEqualTo(100);
                    assertThat(e.getMemberCount()).isEqualTo(250);
                    assertThat(e.getQueued().getMembers()).hasSize(100);
                    assertThat(e.getQueuedRequestIds()).containsExactly("r1");
                    assertThat(e.getMessage()).contains("call 2 of 3").contains("throttled");
                });
        assertThat(sent).as("no call after the failing one").hasSize(2);
    }

    @Test
    void refusesEmptyListsAndMissingKeys() {
        MemberListSplitter splitter = new MemberListSplitter(this::answer, 100);

        assertThatThrownBy(() -> splitter.enter(new BatchEntryRequest("ev", List.of())))
                .hasMessageContaining("at least one member");
        assertThatThrownBy(() -> splitter.enter(new BatchEntryRequest(null, members(1))))
                .hasMessageContaining("eventDefinitionKey");
        assertThatThrownBy(() -> new MemberListSplitter(this::answer, 101)).hasMessageContaining("1..100");
        assertThat(sent).isEmpty();
    }

    /** Answers like SFMC: one result per member; contacts ending in 99 are not queued. */
    private BatchEntryResult answer(BatchEntryRequest request) {
        sent.add(request);
        BatchEntryResult result = new BatchEntryResult();
        result.setRequestId("r" + sent.size());
        result.setCount(request.getMembers().size());
        int notQueued = 0;
        for (BatchEntryMember member : request.getMembers()) {
            BatchEntryMemberResult one = new BatchEntryMemberResult();
            one.setContactKey(member.getContactKey());
            if (member.getContactKey().endsWith("99")) {
                one.setErrorcode("10000");
                one.setMessage("rejected");
                notQueued++;
            } else {
                one.setEventInstanceId("id-" + member.getContactKey());
            }
            result.getMembers().add(one);
        }
        result.setNotQueuedCount(notQueued);
        return result;
    }

    private static List<BatchEntryMember> members(int count) {
        return IntStream.range(0, count).mapToObj(i -> new BatchEntryMember("c" + i, null)).toList();
    }
}
