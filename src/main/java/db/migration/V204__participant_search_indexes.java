package db.migration;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The organiser's participant search looks for what was typed anywhere in the name, e-mail address or
 * organisation ({@code nl.bijeen.registration.ParticipantSearch}): on PostgreSQL trigram indexes on the three
 * lowered texts let it find the matching registrations of a big event without reading all of them (plan in
 * BENCHMARKS.md, "Scale of data"). Like V131: only with the {@code pg_trgm} extension, nothing on H2.
 */
public class V204__participant_search_indexes extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			String schema = V131__postgresql_search_indexes.trigramSchema(connection, statement);
			if (schema == null) {
				return;
			}
			String ops = "\"" + schema.replace("\"", "\"\"") + "\".gin_trgm_ops";
			statement.execute("create index registration_name_words on registration using gin (lower(name) " + ops + ")");
			statement.execute("create index registration_email_words on registration using gin (lower(email) " + ops + ")");
			statement.execute("create index registration_organisation_words on registration using gin "
					+ "(lower(coalesce(organisation, '')) " + ops + ")");
		}
	}

}
