package io.sfmcjourney.examples.orders;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sfmcjourney.examples.support.SfmcTarget;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * The orders service: {@code POST /orders} turns each order into a journey entry event. Before Spring starts, it
 * picks the SFMC connection ({@code sfmc.*} properties, mapped onto the starter in {@code application.yaml}): the
 * tenant named by {@code SFMC_CLIENT_ID}, {@code SFMC_CLIENT_SECRET} and {@code SFMC_SUBDOMAIN}, or else an embedded
 * simulator that lives as long as the application.
 */
@SpringBootApplication
public class OrdersApplication {

    public static void main(String[] args) {
        SfmcTarget target = SfmcTarget.fromEnvironment();
        System.out.println(target.banner());
        Map<String, Object> connection = new LinkedHashMap<>(target.properties());
        new SpringApplicationBuilder(OrdersApplication.class)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("sfmc-connection", connection)))
                .listeners((ApplicationListener<ContextClosedEvent>) closed -> target.close())
                .run(args);
    }
}
