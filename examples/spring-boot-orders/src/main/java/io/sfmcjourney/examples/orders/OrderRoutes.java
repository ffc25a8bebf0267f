package io.sfmcjourney.examples.orders;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sfmcjourney.camel.SfmcJourneyApiException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.apache.camel.model.rest.RestBindingMode;
import org.springframework.stereotype.Component;

/**
 * {@code POST /orders} (JSON {@link Order}) answers 202 with the order id and SFMC's eventInstanceId once SFMC
 * accepted the entry event; 400 for a body that is not a JSON order or an incomplete order; 502 with SFMC's message
 * when SFMC refused the event. Every answer is JSON.
 *
 * <p>The route reads the JSON itself ({@code unmarshal}) rather than through the REST binding: a binding failure
 * happens before the route and its {@code onException} handlers, and would answer 500 with an empty body.
 */
@Component
public class OrderRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(JsonProcessingException.class).handled(true)
                .log(LoggingLevel.DEBUG, "Refused a body that is not a JSON order: ${exception.message}")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                .process(exchange -> exchange.getMessage().setBody(OrderRejected.notJson(
                        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, JsonProcessingException.class))))
                .to("direct:json-answer");

        onException(IllegalArgumentException.class).handled(true)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                .process(exchange -> exchange.getMessage().setBody(
                        OrderRejected.invalid(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))))
                .to("direct:json-answer");

        onException(SfmcJourneyApiException.class).handled(true)
                .log("SFMC refused the entry event: ${exception.message}")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(502))
                .process(exchange -> exchange.getMessage().setBody(OrderRejected.bySfmc(
                        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, SfmcJourneyApiException.class))))
                .to("direct:json-answer");

        rest("/orders").post().consumes("application/json").produces("application/json")
                .bindingMode(RestBindingMode.off).to("direct:order-placed");

        from("direct:json-answer").routeId("json-answer")
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));

        from("direct:order-placed").routeId("order-placed")
                .unmarshal().json(JsonLibrary.Jackson, Order.class)
                .setProperty("orderId", simple("${body.orderId}"))
                .setBody(method("orderEvents", "entryEvent"))
                .to("sfmc-journey:postInteractionsEvents")
                .log("Order ${exchangeProperty.orderId} entered the journey as event ${body[eventInstanceId]}")
                .process(exchange -> exchange.getMessage().setBody(new OrderAccepted(
                        exchange.getProperty("orderId", String.class),
                        String.valueOf(exchange.getMessage().getBody(Map.class).get("eventInstanceId")))))
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(202))
                .to("direct:json-answer");
    }
}
