package io.sfmcjourney.examples.orders;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At startup, makes sure the entry event definition the orders are sent to exists: looked up by key, created from
 * {@code orders.event-definition-file} when SFMC does not know it. Switch off with
 * {@code orders.create-event-definition=false} when the definition is managed elsewhere.
 */
@Component
public class EventDefinitionSetup extends RouteBuilder implements ApplicationRunner {

    private final ProducerTemplate template;
    private final boolean enabled;

    public EventDefinitionSetup(ProducerTemplate template,
            @Value("${orders.create-event-definition:true}") boolean enabled) {
        this.template = template;
        this.enabled = enabled;
    }

    @Override
    public void configure() {
        from("direct:ensure-event-definition").routeId("ensure-event-definition")
                .setHeader(SfmcJourneyConstants.KEY, simple("{{orders.event-definition-key}}"))
                .doTry()
                    .to("sfmc-journey:getEventDefinitionByKey")
                    .log("Orders enter through event definition ${body[eventDefinitionKey]} (id ${body[id]})")
                // SFMC answers an unknown event definition key with 400 (errorcode 30000), not 404
                .doCatch(SfmcJourneyApiException.class).onWhen(simple("${exception.statusCode} in '400,404'"))
                    .setBody(simple("resource:classpath:{{orders.event-definition-file}}"))
                    .to("sfmc-journey:postEventDefinition")
                    .log("Created event definition ${body[eventDefinitionKey]} (id ${body[id]})")
                .end();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            template.sendBody("direct:ensure-event-definition", null);
        }
    }
}
