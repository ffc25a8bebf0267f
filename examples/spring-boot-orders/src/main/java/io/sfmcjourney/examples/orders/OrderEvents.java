package io.sfmcjourney.examples.orders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns an order into the body of {@code sfmc-journey:postInteractionsEvents}:
 * {@code {ContactKey, EventDefinitionKey, Data}}, the Data fields matching the {@code order-placed} event definition.
 */
@Component("orderEvents")
public class OrderEvents {

    private final String eventDefinitionKey;

    public OrderEvents(@Value("${orders.event-definition-key}") String eventDefinitionKey) {
        this.eventDefinitionKey = eventDefinitionKey;
    }

    /**
     * The entry event of {@code order}.
     *
     * @throws IllegalArgumentException naming every missing field
     */
    public Map<String, Object> entryEvent(Order order) {
        List<String> missing = new ArrayList<>();
        if (order == null || isBlank(order.orderId())) {
            missing.add("orderId");
        }
        if (order == null || isBlank(order.customerId())) {
            missing.add("customerId");
        }
        if (order == null || isBlank(order.email())) {
            missing.add("email");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The order needs " + String.join(", ", missing));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ContactKey", order.customerId());
        data.put("EmailAddress", order.email());
        data.put("OrderId", order.orderId());
        if (order.total() != null) {
            data.put("OrderTotal", order.total());
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("ContactKey", order.customerId());
        event.put("EventDefinitionKey", eventDefinitionKey);
        event.put("Data", data);
        return event;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
