package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL: the text search configuration {@code bijeen_dutch} that search uses, Dutch stemming with
 * accents folded by {@code unaccent} ("cooperatie" finds "coöperatie"). Without the {@code unaccent}
 * extension it is plain Dutch. Nothing on other databases (H2 searches with its simpler fallback). A Java
 * migration because SQL migrations must run unchanged on H2.
 */
public class V180__search_configuration extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			boolean unaccent = installed(statement) || (available(statement) && tryCreate(connection, statement));
			statement.execute("create text search configuration bijeen_dutch (copy = pg_catalog.dutch)");
			if (unaccent) {
				statement.execute("alter text search configuration bijeen_dutch alter mapping for hword, hword_part, word"
						+ " with " + dictionary(statement) + ", dutch_stem");
			}
		}
	}

	private static boolean installed(Statement statement) throws Exception {
		try (ResultSet rs = statement.executeQuery("select 1 from pg_extension where extname = 'unaccent'")) {
			return rs.next();
		}
	}

	private static boolean available(Statement statement) throws Exception {
		try (ResultSet rs = statement.executeQuery("select 1 from pg_available_extensions where name = 'unaccent'")) {
			return rs.next();
		}
	}

	/** Creates the extension in the public schema (shared by all schemas); false without the right. */
	private static boolean tryCreate(Connection connection, Statement statement) throws Exception {
		java.sql.Savepoint savepoint = connection.setSavepoint();
		try {
			statement.execute("create extension if not exists unaccent schema public");
			connection.releaseSavepoint(savepoint);
			return true;
		}
		catch (java.sql.SQLException ex) {
			connection.rollback(savepoint);
			return false;
		}
	}

	/** The unaccent dictionary, qualified with the schema the extension lives in. */
	private static String dictionary(Statement statement) throws Exception {
		try (ResultSet rs = statement.executeQuery("select n.nspname from pg_extension x"
				+ " join pg_namespace n on n.oid = x.extnamespace where x.extname = 'unaccent'")) {
			rs.next();
			return "\"" + rs.getString(1).replace("\"", "\"\"") + "\".unaccent";
		}
	}

}
