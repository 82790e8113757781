package dev.upright.localservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void shouldKeepDatabasesAndRowsAcrossRestart() throws Exception {
        int port = Ports.findFree();
        try (var postgres = PostgresServer.start(port, dataDirectory)) {
            postgres.ensureDatabase("catalog");
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl("catalog"), PostgresServer.USER, "");
                    var statement = connection.createStatement()) {
                statement.execute("create table note (text varchar(50))");
                statement.execute("insert into note values ('kept')");
            }
        }

        try (var postgres = PostgresServer.start(port, dataDirectory)) {
            postgres.ensureDatabase("catalog");
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl("catalog"), PostgresServer.USER, "");
                    var rows = connection.createStatement().executeQuery("select text from note")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("kept");
            }
        }
    }

    @Test
    void shouldNameThePortWhenItIsTaken() throws Exception {
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ports.requireFree("PostgreSQL", "UPRIGHT_PG_PORT", port))
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("UPRIGHT_PG_PORT");
        }
    }
}
