package nl.bijeen.registration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import nl.bijeen.support.PostgresTest;
import nl.bijeen.support.SharedPostgresSchema;
import org.junit.jupiter.api.AfterEach;

@PostgresTest
class ShutdownHandBackPostgresIntegrationTests extends ShutdownHandBackContract {

	private final SharedPostgresSchema schema = new SharedPostgresSchema();

	@AfterEach
	void drop() {
		this.schema.close();
	}

	@Override
	Map<String, Object> database() {
		return this.schema.properties();
	}

	@Override
	Connection connect() throws SQLException {
		Map<String, Object> p = this.schema.properties();
		return DriverManager.getConnection((String) p.get("spring.datasource.url"),
				(String) p.get("spring.datasource.username"), (String) p.get("spring.datasource.password"));
	}

}
