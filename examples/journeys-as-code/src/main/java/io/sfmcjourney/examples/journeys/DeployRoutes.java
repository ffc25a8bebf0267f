package io.sfmcjourney.examples.journeys;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * Deploys {@code {{deploy.folder}}}: first every {@code event-definitions/*.json} (created when its key is unknown),
 * then every {@code journeys/*.json}: create or update by key, publish, wait for the publish status, and book the
 * outcome in the {@code report} bean. One file's failure does not stop the others.
 */
public class DeployRoutes extends RouteBuilder {

    private static final String KEY = SfmcJourneyConstants.KEY;

    @Override
    public void configure() {
        // failures propagate to the doTry of the file being deployed, which books them in the report
        errorHandler(noErrorHandler());

        from("direct:deploy").routeId("deploy")
                .split(method("jsonFiles", "list('{{deploy.folder}}/event-definitions')"))
                    .to("direct:deploy-event-definition")
                .end()
                .split(method("jsonFiles", "list('{{deploy.folder}}/journeys')"))
                    .to("direct:deploy-journey")
                .end();

        from("direct:deploy-event-definition").routeId("deploy-event-definition")
                .setProperty("file", body())
                .doTry()
                    .setProperty("document", method("jsonFiles", "load"))
                    .setHeader(KEY, simple("${exchangeProperty.document[eventDefinitionKey]}"))
                    .to("direct:ensure-event-definition")
                    .bean("report", "eventDefinition")
                .doCatch(Exception.class)
                    .bean("report", "eventDefinitionFailed(${exchangeProperty.file}, ${exception})")
                .end();

        // SFMC answers an unknown event definition key with 400 (errorcode 30000), not 404
        from("direct:ensure-event-definition").routeId("ensure-event-definition")
                .doTry()
                    .to("sfmc-journey:getEventDefinitionByKey")
                    .setProperty("action", constant("exists"))
                .doCatch(SfmcJourneyApiException.class).onWhen(simple("${exception.statusCode} in '400,404'"))
                    .setBody(exchangeProperty("document"))
                    .to("sfmc-journey:postEventDefinition")
                    .setProperty("action", constant("created"))
                .end();

        from("direct:deploy-journey").routeId("deploy-journey")
                .setProperty("file", body())
                .log("Deploying ${exchangeProperty.file}")
                .doTry()
                    .setProperty("document", method("jsonFiles", "load"))
                    .to("direct:resolve-entry-event")
                    .to("direct:save-journey")
                    .bean("report", "deployed")
                    .to("direct:publish-journey")
                    .bean("report", "published")
                .doCatch(Exception.class)
                    .log("${exchangeProperty.file} failed: ${exception.message}")
                    .bean("report", "failed(${exchangeProperty.file}, ${exception})")
                .end();

        // the trigger names its event definition by key; SFMC also wants its id
        from("direct:resolve-entry-event").routeId("resolve-entry-event")
                .setHeader(KEY, method("jsonFiles", "triggerEventKey(${exchangeProperty.document})"))
                .filter(header(KEY).isNotNull())
                    .to("sfmc-journey:getEventDefinitionByKey")
                    .setProperty("document",
                            method("jsonFiles", "withEventDefinitionId(${exchangeProperty.document}, ${body[id]})"))
                .end();

        // create or update by key: a Draft is updated in place, otherwise POST makes version 1 or the next version
        from("direct:save-journey").routeId("save-journey")
                .setHeader(KEY, simple("${exchangeProperty.document[key]}"))
                .removeProperty("existing")
                .doTry()
                    .to("sfmc-journey:getInteractionByKey")
                    .setProperty("existing", body())
                    .setProperty("action", constant("new version"))
                .doCatch(SfmcJourneyApiException.class).onWhen(simple("${exception.statusCode} == 404"))
                    .setProperty("action", constant("created"))
                .end()
                .choice()
                    .when(simple("${exchangeProperty.existing[status]} == 'Draft'"))
                        .to("direct:update-draft")
                    .otherwise()
                        .setBody(exchangeProperty("document"))
                        .to("sfmc-journey:postInteraction")
                .end();

        from("direct:update-draft").routeId("update-draft")
                .setBody(method("jsonFiles", "draftUpdate(${exchangeProperty.document}, ${exchangeProperty.existing})"))
                .to("sfmc-journey:updateInteractionByKey")
                .setProperty("action", constant("draft updated"))
                .filter(body().isNull()) // 304 Not Modified: the Draft already matches the file
                    .setBody(exchangeProperty("existing"))
                    .setProperty("action", constant("draft unchanged"))
                .end();

        from("direct:publish-journey").routeId("publish-journey")
                .setHeader(KEY, simple("${body[key]}"))
                .setHeader(SfmcJourneyConstants.VERSION_NUMBER, simple("${body[version]}"))
                .log("Publishing ${header." + KEY + "} version ${header." + SfmcJourneyConstants.VERSION_NUMBER + "}")
                // waits for the end of the publish; an Error or Timeout comes back as the result, not as a failure
                .to("sfmc-journey:publishInteractionByKey?waitForPublish=true&failOnPublishError=false"
                    + "&publishTimeout={{deploy.publish-timeout}}"
                    + "&statusPollInitialDelay={{deploy.publish-poll-interval}}"
                    + "&statusPollMaxInterval={{deploy.publish-poll-interval}}")
                .log("${header." + KEY + "} version ${header." + SfmcJourneyConstants.VERSION_NUMBER + "}: ${body.status}");
    }
}
