package nl.bijeen.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh schema on the test PostgreSQL server that several application contexts share, as several
 * instances of bijeen share one database. Use it in a class annotated {@link PostgresTest} (which skips
 * without a server); close it to drop the schema.
 */
public final class SharedPostgresSchema implements AutoCloseable {

	private final String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

	public SharedPostgresSchema() {
		execute("create schema " + this.name);
	}

	/**
	 * The properties that point an application context at this schema.
	 */
	public Map<String, Object> properties() {
		return Map.of("spring.datasource.url",
				PostgresServer.url(PostgresServer.DATABASE) + "?currentSchema=" + this.name, "spring.datasource.username",
				PostgresServer.USER, "spring.datasource.password", PostgresServer.PASSWORD, "spring.flyway.schemas",
				this.name, "spring.datasource.hikari.maximum-pool-size", "5", "spring.datasource.hikari.minimum-idle", "0");
	}

	@Override
	public void close() {
		execute("drop schema if exists " + this.name + " cascade");
	}

	private static void execute(String sql) {
		try (Connection c = PostgresServer.connect(PostgresServer.DATABASE); Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on the test PostgreSQL", ex);
		}
	}

}
