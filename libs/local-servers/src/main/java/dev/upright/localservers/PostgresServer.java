package dev.upright.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from the zonky binaries. With a data directory it keeps its data across
 * restarts; without one it uses a throw-away directory (tests).
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /** @param dataDirectory where the cluster lives, or {@code null} for a temporary one wiped on close */
    public static PostgresServer start(int port, Path dataDirectory) {
        return start(port, dataDirectory, dataDirectory != null);
    }

    /**
     * @param dataDirectory where the cluster lives, or {@code null} for a temporary one wiped on close
     * @param durable       fsync on; tests that only restart the server keep their data without it, and faster
     */
    public static PostgresServer start(int port, Path dataDirectory, boolean durable) {
        try {
            var builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", durable ? "on" : "off");
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new PostgresServer(builder.start(), port);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Creates the database unless it already exists (a restart keeps the databases it had). */
    public void ensureDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
