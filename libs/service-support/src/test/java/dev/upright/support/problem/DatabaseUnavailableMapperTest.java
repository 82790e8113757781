package dev.upright.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableMapperTest {

    @Test
    void shouldRecogniseAnUnreachableDatabaseDeepInTheCauses() {
        var refused = new SQLException("Connection to localhost:5432 refused", "08001");
        assertThat(DatabaseUnavailableMapper.isDatabaseUnavailable(
                new RuntimeException(new PersistenceException("could not prepare statement", refused)))).isTrue();
        assertThat(DatabaseUnavailableMapper.isDatabaseUnavailable(
                new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailableMapper.isDatabaseUnavailable(
                new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseUnavailableMapper.isDatabaseUnavailable(
                new PersistenceException(new SQLException("Sorry, acquisition timeout!")))).isTrue();
        assertThat(DatabaseUnavailableMapper.isDatabaseUnavailable(new SQLTransientConnectionException("gone")))
                .isTrue();
    }

    @Test
    void shouldLeaveOtherFailuresToTheInternalErrorAnswer() {
        assertThat(DatabaseUnavailableMapper.isDatabaseUnavailable(
                new PersistenceException(new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseUnavailableMapper.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
