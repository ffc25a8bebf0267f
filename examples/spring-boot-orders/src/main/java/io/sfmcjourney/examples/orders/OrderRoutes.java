package io.sfmcjourney.examples.orders;

import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.springframework.stereotype.Component;

/**
 * {@code POST /orders} (JSON {@link Order}) answers 202 with the order id and SFMC's eventInstanceId once SFMC
 * accepted the entry event; 400 for an incomplete order; 502 with SFMC's message when SFMC refused the event.
 */
@Component
public class OrderRoutes extends RouteBuilder {

    @Override
    public void configure() {
        restConfiguration().bindingMode(RestBindingMode.json);

        onException(IllegalArgumentException.class).handled(true)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                .process(exchange -> exchange.getMessage().setBody(
                        OrderRejected.invalid(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))));

        onException(SfmcJourneyApiException.class).handled(true)
                .log("SFMC refused the entry event: ${exception.message}")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(502))
                .process(exchange -> exchange.getMessage().setBody(OrderRejected.bySfmc(
                        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, SfmcJourneyApiException.class))));

        rest("/orders").post().type(Order.class).outType(OrderAccepted.class).to("direct:order-placed");

        from("direct:order-placed").routeId("order-placed")
                .setProperty("orderId", simple("${body.orderId}"))
                .setBody(method("orderEvents", "entryEvent"))
                .to("sfmc-journey:postInteractionsEvents")
                .log("Order ${exchangeProperty.orderId} entered the journey as event ${body[eventInstanceId]}")
                .process(exchange -> exchange.getMessage().setBody(new OrderAccepted(
                        exchange.getProperty("orderId", String.class),
                        String.valueOf(exchange.getMessage().getBody(Map.class).get("eventInstanceId")))))
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(202));
    }
}
