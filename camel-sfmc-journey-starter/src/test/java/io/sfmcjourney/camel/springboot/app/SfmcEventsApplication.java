package io.sfmcjourney.camel.springboot.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A plain Spring Boot application with the starter on its classpath and one route that fires entry events. */
@SpringBootApplication
public class SfmcEventsApplication {

    public static void main(String[] args) {
        SpringApplication.run(SfmcEventsApplication.class, args);
    }
}
