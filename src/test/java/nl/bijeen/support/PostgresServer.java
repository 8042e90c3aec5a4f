package nl.bijeen.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the test PostgreSQL server is, and the database the tests use on it.
 */
final class PostgresServer {

	static final String HOST = System.getenv().getOrDefault("BIJEEN_TEST_PG_HOST", "127.0.0.1");

	static final String PORT = System.getenv().getOrDefault("BIJEEN_TEST_PG_PORT", "5432");

	static final String USER = System.getenv().getOrDefault("BIJEEN_TEST_PG_USER", "postgres");

	static final String PASSWORD = System.getenv().getOrDefault("BIJEEN_TEST_PG_PASSWORD", "");

	static final String DATABASE = "bijeen_test";

	private static volatile Boolean available;

	private PostgresServer() {
	}

	static String url(String database) {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
	}

	static Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(url(database), USER, PASSWORD);
	}

	static synchronized boolean available() {
		if (available == null) {
			try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
				var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
				if (!rs.next()) {
					s.execute("create database " + DATABASE);
				}
				available = true;
			}
			catch (SQLException ex) {
				available = false;
			}
		}
		return available;
	}

	static boolean required() {
		return System.getenv("CI") != null || System.getenv("BIJEEN_REQUIRE_POSTGRES") != null;
	}

}
