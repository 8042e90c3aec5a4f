package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes for large data sets that only PostgreSQL has (issue 13; plans in BENCHMARKS.md, "Scale of data"):
 * <ul>
 * <li>the organiser's participant list sorts by {@code lower(name), id}: an expression index in that order
 * gives one page, and the start of a streamed export, without sorting all of an event's registrations;</li>
 * <li>the event search looks for words anywhere in the title, subtitle and summary ({@code like '%word%'}):
 * trigram indexes (extension {@code pg_trgm}, shipped with PostgreSQL and trusted, so the database owner may
 * create it) find them without reading every event. Where the extension cannot be created the search still
 * works, reading every event as before.</li>
 * </ul>
 * H2 has neither expression nor trigram indexes, and is for trying bijeen out, not for data of this size:
 * there this migration creates nothing. A Java migration because no DDL for these runs on both databases.
 */
public class V131__postgresql_search_indexes extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("create index registration_by_name on registration (event_id, lower(name), id)");
			String schema = trigramSchema(connection, statement);
			if (schema != null) {
				String ops = "\"" + schema.replace("\"", "\"\"") + "\".gin_trgm_ops";
				statement.execute("create index event_title_words on event using gin (lower(title) " + ops + ")");
				statement.execute("create index event_subtitle_words on event using gin (lower(coalesce(subtitle, '')) "
						+ ops + ")");
				statement.execute("create index event_summary_words on event using gin (lower(coalesce(summary, '')) "
						+ ops + ")");
			}
		}
	}

	/**
	 * The schema of the pg_trgm extension, created in the current schema if it is not there yet; {@code null}
	 * when it is not available or may not be created.
	 */
	static String trigramSchema(Connection connection, Statement statement) throws SQLException {
		String schema = installedIn(statement);
		if (schema != null) {
			return schema;
		}
		try (ResultSet available = statement
			.executeQuery("select count(*) from pg_available_extensions where name = 'pg_trgm'")) {
			if (!available.next() || available.getInt(1) == 0) {
				return null;
			}
		}
		Savepoint savepoint = connection.setSavepoint();
		try {
			statement.execute("create extension if not exists pg_trgm");
			connection.releaseSavepoint(savepoint);
			return installedIn(statement);
		}
		catch (SQLException ex) {
			// No right to create extensions: the search goes on reading every event, as before.
			connection.rollback(savepoint);
			return null;
		}
	}

	private static String installedIn(Statement statement) throws SQLException {
		try (ResultSet rs = statement.executeQuery("select n.nspname from pg_extension e "
				+ "join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'")) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

}
