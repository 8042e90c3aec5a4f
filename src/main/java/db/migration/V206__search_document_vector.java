package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL: the full-text vector of every search document (title weighing most, then the text, with the
 * {@code bijeen_dutch} configuration of V180), kept by the database as a generated column, and the GIN index
 * that finds the documents matching a query without reading the others. Nothing on H2.
 */
public class V206__search_document_vector extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table search_document add column vector tsvector generated always as ("
					+ "setweight(to_tsvector('bijeen_dutch'::regconfig, title), 'A')"
					+ " || setweight(to_tsvector('bijeen_dutch'::regconfig, coalesce(body, '')), 'B')) stored");
			statement.execute("create index search_document_vector on search_document using gin (vector)");
		}
	}

}
