package nl.bijeen.registration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

class ShutdownHandBackH2IntegrationTests extends ShutdownHandBackContract {

	/** Kept after the instance stops (DB_CLOSE_DELAY=-1), so that the test can look at what it stored. */
	private final String url = "jdbc:h2:mem:shutdown-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@Override
	Map<String, Object> database() {
		return Map.of("spring.datasource.url", this.url, "spring.datasource.username", "sa");
	}

	@Override
	Connection connect() throws SQLException {
		return h2(this.url);
	}

}
