package dev.upright.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.upright.gateway.routing.RouteTable;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger(RouteTable.of(Map.of(
            "catalog", List.of("/api/v1/exercises/**"),
            "plan", List.of("/api/v1/clients/**"),
            "progress", List.of("/api/v1/sessions/**", "/api/v1/clients/*/sessions/**"))));

    /** A service document in the shape SmallRye OpenAPI produces, written with single quotes for reading. */
    private static JsonNode doc(String json) {
        try {
            return JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final JsonNode CATALOG = doc("""
            {'openapi':'3.1.0','info':{'title':'catalog','version':'1'},
             'tags':[{'name':'Exercises'},{'name':'Admin'}],
             'paths':{
               '/api/v1/exercises':{'get':{'tags':['Exercises'],'security':[{'SecurityScheme':[]}],
                 'responses':{'200':{'content':{'application/json':{'schema':{'type':'array','items':{'$ref':'#/components/schemas/Exercise'}}}}}}}},
               '/api/v1/exercises/{id}':{'get':{'tags':['Exercises'],'parameters':[{'name':'id','in':'path'}],
                 'responses':{'404':{'content':{'application/problem+json':{'schema':{'$ref':'#/components/schemas/Problem'}}}}}}},
               '/internal/reindex':{'post':{'tags':['Admin'],'responses':{'204':{}}}}},
             'components':{
               'schemas':{
                 'Exercise':{'type':'object','properties':{'muscle':{'$ref':'#/components/schemas/Muscle'}}},
                 'Muscle':{'type':'string'},
                 'Problem':{'type':'object','properties':{'title':{'type':'string'}}},
                 'ReindexJob':{'type':'object'}},
               'securitySchemes':{'SecurityScheme':{'type':'openIdConnect'}}}}
            """);

    private static final JsonNode PROGRESS = doc("""
            {'openapi':'3.1.0','info':{'title':'progress','version':'1'},
             'paths':{
               '/api/v1/sessions':{'post':{'requestBody':{'content':{'application/json':{'schema':{'$ref':'#/components/schemas/Session'}}}},
                 'responses':{'400':{'content':{'application/problem+json':{'schema':{'$ref':'#/components/schemas/Problem'}}}}}}},
               '/api/v1/clients/{clientId}/sessions':{'get':{'responses':{'200':{}}}},
               '/api/v1/clients/{clientId}':{'get':{'responses':{'200':{}}}}},
             'components':{'schemas':{
               'Session':{'type':'object','properties':{'problem':{'$ref':'#/components/schemas/Problem'}}},
               'Problem':{'type':'object','properties':{'title':{'type':'string'},'errors':{'type':'array'}}}}}}
            """);

    private ObjectNode merge(Map<String, JsonNode> documents, Map<String, String> missing) {
        return merger.merge(new TreeMap<>(documents), new TreeMap<>(missing));
    }

    @Test
    void shouldKeepOnlyThePathsTheRouteTableSendsToEachService() {
        ObjectNode merged = merge(Map.of("catalog", CATALOG, "progress", PROGRESS), Map.of());

        assertThat(merged.path("paths").fieldNames()).toIterable().containsExactlyInAnyOrder(
                "/api/v1/exercises", "/api/v1/exercises/{id}", "/api/v1/sessions", "/api/v1/clients/{clientId}/sessions");
    }

    @Test
    void shouldBringOnlyTheComponentsTheKeptPathsUse() {
        ObjectNode merged = merge(Map.of("catalog", CATALOG), Map.of());

        assertThat(merged.path("components").path("schemas").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("Exercise", "Muscle", "Problem");
        assertThat(merged.path("tags").findValuesAsText("name")).containsExactly("Exercises");
    }

    @Test
    void shouldRenameAComponentThatTwoServicesDefineDifferentlyAndFollowTheRename() {
        ObjectNode merged = merge(Map.of("catalog", CATALOG, "progress", PROGRESS), Map.of());
        JsonNode schemas = merged.path("components").path("schemas");

        assertThat(schemas.path("Problem")).isEqualTo(CATALOG.at("/components/schemas/Problem"));
        assertThat(schemas.path("progress_Problem")).isEqualTo(PROGRESS.at("/components/schemas/Problem"));
        assertThat(merged.at("/paths/~1api~1v1~1sessions/post/responses/400/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/progress_Problem");
        assertThat(schemas.at("/Session/properties/problem/$ref").asText())
                .isEqualTo("#/components/schemas/progress_Problem");
        assertThat(merged.at("/paths/~1api~1v1~1exercises~1{id}/get/responses/404/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void shouldShareAComponentThatServicesDefineAlike() {
        ObjectNode sameProblem = (ObjectNode) PROGRESS.deepCopy();
        ((ObjectNode) sameProblem.at("/components/schemas")).set("Problem", CATALOG.at("/components/schemas/Problem"));

        ObjectNode merged = merge(Map.of("catalog", CATALOG, "progress", sameProblem), Map.of());

        assertThat(merged.path("components").path("schemas").has("progress_Problem")).isFalse();
    }

    @Test
    void shouldAskForTheBearerTokenEverywhereInsteadOfTheServicesOwnSchemes() {
        ObjectNode merged = merge(Map.of("catalog", CATALOG), Map.of());

        assertThat(merged.at("/components/securitySchemes").fieldNames()).toIterable().containsExactly("bearer");
        assertThat(merged.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(merged.at("/security/0").has("bearer")).isTrue();
        assertThat(merged.at("/paths/~1api~1v1~1exercises/get").has("security")).isFalse();
        assertThat(merged.at("/servers/0/url").asText()).isEqualTo("/");
    }

    @Test
    void shouldSayWhichServicesPartIsMissing() {
        ObjectNode merged = merge(Map.of("catalog", CATALOG), Map.of("plan", "it could not be reached"));

        assertThat(merged.at("/info/description").asText())
                .contains("plan service's part is missing (it could not be reached)");
        assertThat(merged.path("paths").size()).isEqualTo(2);
    }

    @Test
    void shouldDescribeAnEmptyApiWhenEveryServiceIsDown() {
        ObjectNode merged = merge(Map.of(), Map.of("catalog", "it answered 500", "plan", "it could not be reached"));

        assertThat(merged.path("paths").isEmpty()).isTrue();
        assertThat(merged.path("openapi").asText()).isNotBlank();
        assertThat(merged.at("/info/description").asText()).contains("catalog service's part", "plan service's part");
    }
}
