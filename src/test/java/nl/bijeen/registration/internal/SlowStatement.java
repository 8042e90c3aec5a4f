package nl.bijeen.registration.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Makes storing a registration for an address that starts with {@code traag} slow, as a slow disk or a
 * heavy query elsewhere would: a trigger on the {@code registration} table runs a statement that takes
 * minutes (on PostgreSQL {@code pg_sleep}, on H2 a query over a billion generated rows), inside the insert.
 * Only the database's statement timeout ends it. Removed again when closed.
 */
public final class SlowStatement implements AutoCloseable {

	/** Addresses starting with this are slow to store. */
	public static final String PREFIX = "traag";

	private final DataSource dataSource;

	private SlowStatement(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	public static SlowStatement install(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
			if (postgres(connection)) {
				s.execute("create or replace function bijeen_test_slow() returns trigger language plpgsql as $$ "
						+ "begin if new.email like '" + PREFIX + "%' then perform pg_sleep(300); end if; return new; end $$");
				s.execute("create trigger bijeen_test_slow before insert on registration for each row "
						+ "execute function bijeen_test_slow()");
			}
			else {
				s.execute("create trigger bijeen_test_slow before insert on registration for each row call '"
						+ H2Trigger.class.getName() + "'");
			}
		}
		return new SlowStatement(dataSource);
	}

	@Override
	public void close() throws SQLException {
		try (Connection connection = this.dataSource.getConnection(); Statement s = connection.createStatement()) {
			s.execute("drop trigger bijeen_test_slow" + (postgres(connection) ? " on registration" : ""));
		}
	}

	private static boolean postgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
	}

	/**
	 * H2's trigger: a query that H2 checks for cancellation on every row, so its {@code QUERY_TIMEOUT} ends it.
	 */
	public static final class H2Trigger implements org.h2.api.Trigger {

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
			boolean slow = false;
			for (Object value : newRow) {
				slow |= (value instanceof String text) && text.startsWith(PREFIX);
			}
			if (slow) {
				try (Statement s = connection.createStatement()) {
					s.executeQuery("select count(*) from system_range(1, 1000000000) where rand() < 0").next();
				}
			}
		}

	}

}
