package io.sfmcjourney.camel.springboot.app;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** {@code direct:fire-event}: sends the body (ContactKey, EventDefinitionKey, Data) as an entry event. */
@Component
public class EventRoutes extends RouteBuilder {

    public static final String FIRE_EVENT = "direct:fire-event";

    @Override
    public void configure() {
        from(FIRE_EVENT).routeId("fire-event").to("sfmc-journey:postInteractionsEvents");
    }
}
