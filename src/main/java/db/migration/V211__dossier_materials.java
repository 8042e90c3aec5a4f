package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A dossier may list uploaded files (module materials): {@code dossier_item.material_id} and the kind
 * {@code MATERIAL}. The check on the kind was created without a name, which each database makes up in its own
 * way, so it is looked up and replaced by a named one; a Java migration because no SQL does that on both.
 */
public class V211__dossier_materials extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		try (Statement statement = connection.createStatement()) {
			List<String> checks = new ArrayList<>();
			String query = postgres
					? "select conname from pg_constraint where conrelid = 'dossier_item'::regclass and contype = 'c'"
							+ " and pg_get_constraintdef(oid) like '%kind%'"
					: "select tc.constraint_name from information_schema.table_constraints tc"
							+ " join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name"
							+ " and cc.constraint_schema = tc.constraint_schema"
							+ " where lower(tc.table_name) = 'dossier_item' and tc.constraint_type = 'CHECK'"
							+ " and tc.table_schema = current_schema and upper(cc.check_clause) like '%KIND%'";
			try (ResultSet rs = statement.executeQuery(query)) {
				while (rs.next()) {
					checks.add(rs.getString(1));
				}
			}
			for (String check : checks) {
				statement.execute("alter table dossier_item drop constraint \"" + check.replace("\"", "\"\"") + "\"");
			}
			statement.execute("alter table dossier_item add constraint dossier_item_kind"
					+ " check (kind in ('EVENT', 'ARTICLE', 'LINK', 'MATERIAL'))");
			statement.execute("alter table dossier_item add column material_id bigint references material (id) on delete cascade");
		}
	}

}
