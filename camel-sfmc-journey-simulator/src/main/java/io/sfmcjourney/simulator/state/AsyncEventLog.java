package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.Timestamps;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Status records of batch ({@code /async/events}) members of one account: queued, processed or errored. */
public final class AsyncEventLog {

    /** One member of a batch. */
    public record Member(String requestId, String eventInstanceId, String contactKey, String eventDefinitionKey,
            Integer errorcode, String message, long createdMillis) {
    }

    /**
     * Filters; {@code null} means any.
     *
     * @param type one of {@code queued}, {@code processed}, {@code errored}
     */
    public record Filter(String type, String contactKey, String requestId, String eventInstanceId,
            String eventDefinitionKey, long startMillis, long endMillis, boolean descending) {
    }

    /** Matches and the total count. */
    public record Page(long count, List<ObjectNode> items) {
    }

    private final int capacity;
    private final long processingDelayMillis;
    private final ArrayDeque<Member> members = new ArrayDeque<>();

    AsyncEventLog(int capacity, long processingDelayMillis) {
        this.capacity = capacity;
        this.processingDelayMillis = processingDelayMillis;
    }

    public synchronized void add(Member member) {
        if (members.size() >= capacity) {
            members.removeFirst();
        }
        members.addLast(member);
    }

    public synchronized Page search(Filter filter, int offset, int limit, long nowMillis) {
        List<ObjectNode> items = new ArrayList<>();
        long count = 0;
        Iterator<Member> iterator = filter.descending() ? members.descendingIterator() : members.iterator();
        while (iterator.hasNext()) {
            Member member = iterator.next();
            String status = status(member, nowMillis);
            if (matches(filter, member, status)) {
                if (count >= offset && items.size() < limit) {
                    items.add(view(member, status));
                }
                count++;
            }
        }
        return new Page(count, items);
    }

    public synchronized void clear() {
        members.clear();
    }

    private String status(Member member, long nowMillis) {
        if (member.errorcode() != null) {
            return "errored";
        }
        return nowMillis >= member.createdMillis() + processingDelayMillis ? "processed" : "queued";
    }

    private static boolean matches(Filter filter, Member member, String status) {
        return (filter.type() == null || filter.type().equalsIgnoreCase(status))
                && equal(filter.contactKey(), member.contactKey())
                && equal(filter.requestId(), member.requestId())
                && equal(filter.eventInstanceId(), member.eventInstanceId())
                && (filter.eventDefinitionKey() == null
                        || filter.eventDefinitionKey().equalsIgnoreCase(member.eventDefinitionKey()))
                && member.createdMillis() >= filter.startMillis() && member.createdMillis() < filter.endMillis();
    }

    private static boolean equal(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    private ObjectNode view(Member member, String status) {
        ObjectNode item = Json.object();
        item.put("requestId", member.requestId());
        if (member.eventInstanceId() != null) {
            item.put("eventInstanceId", member.eventInstanceId());
        }
        item.put("contactKey", member.contactKey());
        item.put("eventDefinitionKey", member.eventDefinitionKey());
        item.put("status", status);
        if (member.errorcode() != null) {
            item.put("errorcode", member.errorcode());
            item.put("message", member.message());
        }
        String created = Timestamps.formatMillis(member.createdMillis());
        item.put("createdDate", created);
        item.put("modifiedDate", "processed".equals(status)
                ? Timestamps.formatMillis(member.createdMillis() + processingDelayMillis) : created);
        return item;
    }
}
