package nl.bijeen.accounts;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Organisers' sessions in the database (Spring Session JDBC): a new session attribute is written as an upsert,
 * so that two requests of one session at the same moment (a page and its htmx requests, several tabs) that
 * both add the same attribute do not fail on its primary key — the plain insert did, with a server error.
 * PostgreSQL gets Spring Session's own {@code ON CONFLICT} statement, H2 its {@code MERGE … KEY}.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessionConfiguration {

	static final String H2_CREATE_SESSION_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesAsUpserts(DataSource dataSource) {
		boolean postgres = isPostgres(dataSource);
		return repository -> {
			if (postgres) {
				new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
			}
			else {
				repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE);
			}
		};
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database holds the sessions", ex);
		}
	}

}
