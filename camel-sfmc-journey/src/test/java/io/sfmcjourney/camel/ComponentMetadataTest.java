package io.sfmcjourney.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.sfmcjourney.camel.api.PathVariable;
import io.sfmcjourney.camel.api.QueryParam;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointHeaderModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointOptionModel;
import org.apache.camel.tooling.model.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated metadata is present, used at runtime, and agrees with the method table and the options. */
class ComponentMetadataTest {

    private static DefaultCamelContext context;
    private static ComponentModel model;

    @BeforeAll
    static void loadModel() throws Exception {
        context = new DefaultCamelContext();
        context.start();
        String json = ((CatalogCamelContext) context).getComponentParameterJsonSchema("sfmc-journey");
        assertThat(json).as("component JSON on the classpath").isNotNull();
        model = JsonMapper.generateComponentModel(json);
    }

    @AfterAll
    static void stop() {
        context.stop();
    }

    @Test
    void generatedConfigurersAreResolvedAndUsed() {
        PropertyConfigurer endpointConfigurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("sfmc-journey-endpoint", context);
        PropertyConfigurer componentConfigurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("sfmc-journey-component", context);
        assertThat(endpointConfigurer).isInstanceOf(SfmcJourneyEndpointConfigurer.class);
        assertThat(componentConfigurer).isInstanceOf(SfmcJourneyComponentConfigurer.class);

        SfmcJourneyComponent component = context.getComponent("sfmc-journey", SfmcJourneyComponent.class);
        assertThat(component.getComponentPropertyConfigurer()).isInstanceOf(SfmcJourneyComponentConfigurer.class);
        assertThat(component.getEndpointPropertyConfigurer()).isInstanceOf(SfmcJourneyEndpointConfigurer.class);
        assertThat(context.getCamelContextExtension().getEndpointUriFactory("sfmc-journey"))
                .isInstanceOf(SfmcJourneyEndpointUriFactory.class);
    }

    @Test
    void componentDescribesItself() {
        assertThat(model.getScheme()).isEqualTo("sfmc-journey");
        assertThat(model.getSyntax()).isEqualTo("sfmc-journey:method");
        assertThat(model.getTitle()).isEqualTo("SFMC Journey Builder");
        assertThat(model.getGroupId()).isEqualTo("io.sfmcjourney");
        assertThat(model.getLabel()).isEqualTo("cloud,saas");
        assertThat(model.getDescription()).startsWith("Call the Salesforce Marketing Cloud Journey Builder REST API");
    }

    @Test
    void pathEnumEqualsTheMethodTable() {
        EndpointOptionModel method = endpointOption("method");
        assertThat(method.getKind()).isEqualTo("path");
        assertThat(method.isRequired()).isTrue();
        assertThat(method.getEnums()).containsExactlyElementsOf(
                Arrays.stream(SfmcJourneyMethod.values()).map(Enum::name).toList());
    }

    @Test
    void everyOptionAndHeaderIsDocumentedAndLabelled() {
        assertThat(model.getComponentOptions()).allSatisfy(o -> {
            assertThat(o.getDescription()).as(o.getName()).isNotBlank();
            assertThat(o.getLabel()).as(o.getName() + " label").isNotBlank();
        });
        assertThat(model.getEndpointOptions()).allSatisfy(o -> {
            assertThat(o.getDescription()).as(o.getName()).isNotBlank();
            assertThat(o.getLabel()).as(o.getName() + " label").isNotBlank();
        });
        assertThat(model.getEndpointHeaders()).extracting(EndpointHeaderModel::getName).containsExactlyInAnyOrder(
                "CamelSfmcJourneyId", "CamelSfmcJourneyKey", "CamelSfmcJourneyEventDefinitionId",
                "CamelSfmcJourneyVersionNumber", "CamelSfmcJourneyQueryParameters", "CamelSfmcJourneyMethod",
                "CamelHttpResponseCode", "CamelSfmcJourneyStatusId", "CamelSfmcJourneyPublishStatus",
                "CamelSfmcJourneyInteractionId", "CamelSfmcJourneyInteractionKey", "CamelSfmcJourneyInteractionVersion",
                "CamelSfmcJourneyHistoryWatermark", "CamelSfmcJourneyHistoryRecordId",
                "CamelSfmcJourneyHistoryRecordTime",
                "CamelSfmcJourneyEventDefinitionKey", "CamelSfmcJourneyRequestId", "CamelSfmcJourneyRequestIds",
                "CamelSfmcJourneyAccountId", "CamelSfmcJourneyAuditAction", "CamelSfmcJourneyDownloadFile",
                "CamelSfmcJourneyDownloadSize", "CamelSfmcJourneyCalls", "CamelSfmcJourneyEntryOutcome",
                "CamelSfmcJourneyEntryReason");
        assertThat(model.getEndpointHeaders()).allSatisfy(h -> {
            assertThat(h.getDescription()).as(h.getName()).isNotBlank();
            assertThat(h.getJavaType()).as(h.getName()).isNotBlank();
        });
    }

    @Test
    void everyEndpointConfigurationOptionIsAlsoAComponentOption() {
        Set<String> endpointConfigurationOptions = model.getEndpointOptions().stream()
                .filter(o -> "configuration".equals(o.getConfigurationField()))
                .map(EndpointOptionModel::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> componentOptions = model.getComponentOptions().stream()
                .map(ComponentOptionModel::getName)
                .collect(Collectors.toSet());
        assertThat(endpointConfigurationOptions).hasSizeGreaterThan(15);
        assertThat(componentOptions).containsAll(endpointConfigurationOptions);
    }

    @Test
    void perCallBatchAndConsumerOptionsAreEndpointOnly() {
        Set<String> endpointOnly = model.getEndpointOptions().stream()
                .filter(o -> "options".equals(o.getConfigurationField()))
                .map(EndpointOptionModel::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> componentOptions = model.getComponentOptions().stream()
                .map(ComponentOptionModel::getName)
                .collect(Collectors.toSet());
        assertThat(endpointOnly).contains("id", "key", "eventDefinitionId", "versionNumber", "page", "pageSize",
                "orderBy", "status", "nameOrDescription", "mostRecentVersionOnly", "extras", "definitionType", "tag",
                "specificApiVersionNumber", "name", "allVersions", "type", "contactKey", "requestId",
                "eventInstanceId", "eventDefinitionKey", "startDate", "endDate", "start", "end", "definitionId",
                "activityType", "outputClass", "waitForPublish", "batchSize", "batchTimeout", "batchMaxPending",
                "batchConcurrency", "overlap", "lag", "lookback", "initialWatermark", "timeZone", "splitRecords",
                "watermarkRepository", "watermarkKey", "idempotentRepository", "publishStore");
        assertThat(componentOptions).doesNotContainAnyElementsOf(endpointOnly);
        assertThat(endpointOnly).doesNotContainAnyElementsOf(Set.of("clientId", "clientSecret", "accountId",
                "rawJson", "failOnPublishError", "maxRetries", "retryAmbiguousFailures", "publishTimeout"));
    }

    @Test
    void methodIsTheOnlyPathOptionAndTypedAsTheMethodEnum() {
        assertThat(model.getEndpointOptions()).filteredOn(o -> "path".equals(o.getKind()))
                .extracting(EndpointOptionModel::getName).containsExactly("method");
        assertThat(endpointOption("method").getJavaType()).isEqualTo(SfmcJourneyMethod.class.getName());
    }

    @Test
    void tableOptionsExistWithTheirNames() {
        List<String> endpointOptions = model.getEndpointOptions().stream().map(EndpointOptionModel::getName).toList();
        assertThat(endpointOptions).containsAll(Arrays.stream(QueryParam.values()).map(QueryParam::optionName).toList());
        assertThat(endpointOptions)
                .containsAll(Arrays.stream(PathVariable.values()).map(PathVariable::optionName).toList());
    }

    @Test
    void secretsAreMarkedSecretAndHttpDefaultsAreDocumented() {
        assertThat(endpointOption("clientSecret").isSecret()).isTrue();
        assertThat(componentOption("clientSecret").isSecret()).isTrue();
        assertThat(componentOption("proxyAuthPassword").isSecret()).isTrue();
        Map<String, Object> defaults = Map.of("maxRetries", 3, "retryInitialDelay", "500", "retryMaxDelay", "30000",
                "retryMaxTotalWait", "120000", "connectTimeout", "10000", "responseTimeout", "60000",
                "maxTotalConnections", 200, "connectionsPerRoute", 64, "tokenRefreshMargin", "60000");
        defaults.forEach((name, value) -> assertThat(String.valueOf(componentOption(name).getDefaultValue()))
                .as(name).isEqualTo(String.valueOf(value)));
    }

    private static EndpointOptionModel endpointOption(String name) {
        return model.getEndpointOptions().stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
    }

    private static ComponentOptionModel componentOption(String name) {
        return model.getComponentOptions().stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
    }
}
