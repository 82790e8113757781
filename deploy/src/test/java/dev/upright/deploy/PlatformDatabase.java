package dev.upright.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import dev.upright.localservers.PostgresServer;

/** Reads one service's database of a running stack, for checks of what the services stored. */
record PlatformDatabase(String url) {

    static PlatformDatabase of(StackSettings settings, String database) {
        return new PlatformDatabase("jdbc:postgresql://localhost:" + settings.postgresPort() + "/" + database);
    }

    long unpublished() throws SQLException {
        return count("select count(*) from outbox_event where published_at is null");
    }

    long count(String sql) throws SQLException {
        try (var db = connect(); var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A count whose one parameter is a set: UUIDs go as uuid[], anything else (event ids) as varchar[]. */
    long count(String sql, Set<?> values) throws SQLException {
        try (var db = connect(); var statement = db.prepareStatement(sql)) {
            statement.setArray(1, array(db, values));
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    Set<UUID> uuids(String sql, Set<UUID> values) throws SQLException {
        try (var db = connect(); var statement = db.prepareStatement(sql)) {
            statement.setArray(1, array(db, values));
            Set<UUID> found = new HashSet<>();
            try (var rs = statement.executeQuery()) {
                while (rs.next()) found.add(rs.getObject(1, UUID.class));
            }
            return found;
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, PostgresServer.USER, "postgres");
    }

    private static java.sql.Array array(Connection db, Set<?> values) throws SQLException {
        boolean uuids = !values.isEmpty() && values.iterator().next() instanceof UUID;
        return db.createArrayOf(uuids ? "uuid" : "varchar", values.toArray());
    }

    static {
        // Registered explicitly: DriverManager's service loading may miss it under failsafe's class path
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
