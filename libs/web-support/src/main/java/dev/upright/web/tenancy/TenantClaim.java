package dev.upright.web.tenancy;

import java.util.Collection;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads the tenant from the token claim. Keycloak's organization mapper writes a list of organization
 * aliases; a hard-coded mapper on a service account may write a plain string. A member of several
 * clinics at once is not supported: such a token resolves to no tenant rather than to an arbitrary one.
 */
public final class TenantClaim {

    /** The claim Keycloak's organization mapper writes. */
    public static final String ORGANIZATION = "organization";

    private TenantClaim() {
    }

    public static Optional<String> read(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.size() == 1 ? text(array.get(0)) : Optional.empty();
        }
        if (claim instanceof Collection<?> values) {
            return values.size() == 1 ? text(values.iterator().next()) : Optional.empty();
        }
        return text(claim);
    }

    private static Optional<String> text(Object value) {
        String text = switch (value) {
            case null -> null;
            case JsonString json -> json.getString();
            case JsonValue json when json.getValueType() == JsonValue.ValueType.NULL -> null;
            case String plain -> plain;
            default -> null;
        };
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
