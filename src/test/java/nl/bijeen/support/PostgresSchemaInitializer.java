package nl.bijeen.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application context at a fresh PostgreSQL schema and drops it when the context closes.
 */
class PostgresSchemaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		execute("create schema " + schema);
		var environment = context.getEnvironment();
		// A test that sets its own pool size (e.g. a small one, to prove nobody needs two connections) keeps it.
		String poolSize = environment.getProperty("spring.datasource.hikari.maximum-pool-size", "20");
		environment.getPropertySources()
			.addFirst(new MapPropertySource("postgres-test", Map.of("spring.datasource.url",
					PostgresServer.url(PostgresServer.DATABASE) + "?currentSchema=" + schema,
					"spring.datasource.username", PostgresServer.USER, "spring.datasource.password",
					PostgresServer.PASSWORD, "spring.flyway.schemas", schema, "spring.datasource.hikari.maximum-pool-size",
					poolSize, "spring.datasource.hikari.minimum-idle", "0", "spring.datasource.hikari.idle-timeout", "10000")));
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				execute("drop schema if exists " + schema + " cascade");
			}
		});
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
