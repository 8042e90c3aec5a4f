package nl.bijeen.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns loudly at start-up when bijeen runs on the embedded H2 file database, which is meant for trying
 * bijeen out and for development only (like Keycloak's dev-file database).
 */
@Component
class EmbeddedDatabaseWarning {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWarning.class);

	private final DataSourceProperties dataSource;

	EmbeddedDatabaseWarning(DataSourceProperties dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenEmbedded() {
		if (isEmbedded(this.dataSource.getUrl())) {
			log.warn("""

					********************************************************************************
					 bijeen runs on the embedded H2 database ({}).
					 This is NOT FOR PRODUCTION: use PostgreSQL with the 'postgres' profile
					 (SPRING_PROFILES_ACTIVE=postgres, BIJEEN_DB_URL, BIJEEN_DB_USER, BIJEEN_DB_PASSWORD).
					********************************************************************************""",
					this.dataSource.getUrl());
		}
	}

	static boolean isEmbedded(String url) {
		return url == null || url.startsWith("jdbc:h2:");
	}

}
