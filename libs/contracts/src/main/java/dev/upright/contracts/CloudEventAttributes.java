package dev.upright.contracts;

/** Names used in the CloudEvents envelope that every platform event travels in. */
public final class CloudEventAttributes {

    /** Extension attribute carrying the clinic (tenant) id; absent for global data. */
    public static final String TENANT = "tenantid";

    private CloudEventAttributes() {
    }
}
