package io.sfmcjourney.examples.orders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.examples.support.SfmcTarget;
import io.sfmcjourney.examples.support.TenantCleanup;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * The orders service: {@code POST /orders} turns each order into a journey entry event. Before Spring starts, it
 * picks the SFMC connection ({@code sfmc.*} properties, mapped onto the starter in {@code application.yaml}): the
 * tenant named by {@code SFMC_CLIENT_ID}, {@code SFMC_CLIENT_SECRET} and {@code SFMC_SUBDOMAIN}, or else an embedded
 * simulator that lives as long as the application. {@code OrdersApplication cleanup [eventDefinitionKey]} deletes the
 * event definition the service created ({@code order-placed} by default) instead of starting the service.
 */
@SpringBootApplication
public class OrdersApplication {

    /** The event definition key of {@code application.yaml} ({@code orders.event-definition-key}). */
    static final String EVENT_DEFINITION_KEY = "order-placed";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "cleanup".equals(args[0])) {
            try (SfmcTarget target = SfmcTarget.fromEnvironment()) {
                cleanup(target, args.length > 1 ? args[1] : EVENT_DEFINITION_KEY).forEach(System.out::println);
            }
            return;
        }
        SfmcTarget target = SfmcTarget.fromEnvironment();
        System.out.println(target.announcement("the event definition " + EVENT_DEFINITION_KEY + " (with its data"
                + " extension) at startup when it is missing, and one entry event per order POSTed to /orders (SFMC"
                + " creates the contacts it does not know).",
                "mvn -B -q -pl examples/spring-boot-orders exec:java -Dexec.args=cleanup (deletes the event"
                + " definition; contacts are deleted in Contact Builder)."));
        Map<String, Object> connection = new LinkedHashMap<>(target.properties());
        new SpringApplicationBuilder(OrdersApplication.class)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("sfmc-connection", connection)))
                .listeners((ApplicationListener<ContextClosedEvent>) closed -> target.close())
                .run(args);
    }

    /**
     * Deletes the event definition of {@code eventDefinitionKey} from {@code target} (the service itself does not
     * start).
     *
     * @return one line per step
     */
    public static List<String> cleanup(SfmcTarget target, String eventDefinitionKey) throws Exception {
        System.out.println(target.banner());
        return TenantCleanup.against(target, cleanup -> cleanup.removeEventDefinition(eventDefinitionKey)
                .note("The contacts of the orders stay in Contact Builder; delete them there if you want."));
    }
}
