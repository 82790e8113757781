package dev.upright.plan.accounts;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * The few endpoints of Keycloak's admin API that account linking and the clinics' API clients need, called with plan-service's
 * service-account token (client credentials, fetched and renewed by the OIDC client filter). Answers of
 * 400 and above arrive as {@link jakarta.ws.rs.WebApplicationException}, unreachable servers as
 * {@link jakarta.ws.rs.ProcessingException}.
 */
@RegisterRestClient(configKey = "keycloak-admin")
@OidcClientFilter("accounts")
@Path("/admin/realms/{realm}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface KeycloakAdminApi {

    /** Organizations whose alias is exactly the given one ({@code q=alias:harbor}). */
    @GET
    @Path("/organizations")
    List<Organization> organizationsByAlias(@PathParam("realm") String realm, @QueryParam("q") String aliasQuery,
            @QueryParam("briefRepresentation") boolean brief, @QueryParam("max") int max);

    /** The member with this user id, or 404 when the user is not a member of the organization. */
    @GET
    @Path("/organizations/{organizationId}/members/{userId}")
    User member(@PathParam("realm") String realm, @PathParam("organizationId") String organizationId,
            @PathParam("userId") String userId);

    /** Adds an existing user to the organization; the body is the user's id. */
    @POST
    @Path("/organizations/{organizationId}/members")
    Response addMember(@PathParam("realm") String realm, @PathParam("organizationId") String organizationId,
            String userId);

    @GET
    @Path("/users")
    List<User> usersByUsername(@PathParam("realm") String realm, @QueryParam("username") String username,
            @QueryParam("exact") boolean exact);

    @GET
    @Path("/users")
    List<User> usersByEmail(@PathParam("realm") String realm, @QueryParam("email") String email,
            @QueryParam("exact") boolean exact);

    /** Creates a user; its id is the last segment of the Location header. */
    @POST
    @Path("/users")
    Response createUser(@PathParam("realm") String realm, User user);

    @DELETE
    @Path("/users/{userId}")
    Response deleteUser(@PathParam("realm") String realm, @PathParam("userId") String userId);

    /** The realm roles the user has, directly or through composite roles and groups. */
    @GET
    @Path("/users/{userId}/role-mappings/realm/composite")
    List<Role> effectiveRealmRoles(@PathParam("realm") String realm, @PathParam("userId") String userId);

    /** The realm roles the caller may still grant to the user (with their ids, which granting needs). */
    @GET
    @Path("/users/{userId}/role-mappings/realm/available")
    List<Role> grantableRealmRoles(@PathParam("realm") String realm, @PathParam("userId") String userId);

    /** Grants realm roles; each must carry both its id and its name. */
    @POST
    @Path("/users/{userId}/role-mappings/realm")
    Response addRealmRoles(@PathParam("realm") String realm, @PathParam("userId") String userId, List<Role> roles);

    /** A page of the realm's clients (the full representations, with attributes). */
    @GET
    @Path("/clients")
    List<ClientApp> clients(@PathParam("realm") String realm, @QueryParam("first") int first,
            @QueryParam("max") int max);

    /** The client with this internal id (not its clientId), or 404. */
    @GET
    @Path("/clients/{id}")
    ClientApp client(@PathParam("realm") String realm, @PathParam("id") String id);

    /** Creates a client; its internal id is the last segment of the Location header. */
    @POST
    @Path("/clients")
    Response createClient(@PathParam("realm") String realm, ClientApp client);

    /** Deletes the client with its service-account user; its refresh tokens and sessions go with it. */
    @DELETE
    @Path("/clients/{id}")
    Response deleteClient(@PathParam("realm") String realm, @PathParam("id") String id);

    @GET
    @Path("/clients/{id}/client-secret")
    Credential clientSecret(@PathParam("realm") String realm, @PathParam("id") String id);

    /** Replaces the client's secret by a new generated one: the old one is refused from then on. */
    @POST
    @Path("/clients/{id}/client-secret")
    Credential regenerateClientSecret(@PathParam("realm") String realm, @PathParam("id") String id);

    @GET
    @Path("/clients/{id}/service-account-user")
    User serviceAccountUser(@PathParam("realm") String realm, @PathParam("id") String id);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClientApp(String id, String clientId, String name, String description, Boolean enabled,
            Boolean publicClient, String clientAuthenticatorType, Boolean serviceAccountsEnabled,
            Boolean standardFlowEnabled, Boolean directAccessGrantsEnabled, Boolean implicitFlowEnabled,
            String protocol, Map<String, String> attributes, List<ProtocolMapper> protocolMappers) {
        // No secret field: the admin API sends it with the client, and it is read only where it is shown once
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProtocolMapper(String name, String protocol, String protocolMapper, Map<String, String> config) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organization(String id, String alias, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String username, String email, String firstName, String lastName, Boolean enabled,
            List<String> requiredActions, List<Credential> credentials) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Credential(String type, String value, Boolean temporary) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Role(String id, String name) {
    }

    /** Keycloak's error answer, e.g. {"field":"email","errorMessage":"error-invalid-email"}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorAnswer(String field, String errorMessage) {
    }
}
