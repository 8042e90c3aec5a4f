package nl.bijeen.registration.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Holds the place counter rows of an event locked ({@code select ... for update}) in a connection and
 * transaction of its own, as a slow or stuck transaction elsewhere would, until closed (rolled back).
 */
public final class CounterLock implements AutoCloseable {

	private final Connection connection;

	private CounterLock(Connection connection) {
		this.connection = connection;
	}

	public static CounterLock of(DataSource dataSource, Long eventId) throws SQLException {
		Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		try (PreparedStatement s = connection
			.prepareStatement("select name, taken from seat_counter where event_id = ? for update")) {
			s.setLong(1, eventId);
			try (ResultSet rs = s.executeQuery()) {
				int rows = 0;
				while (rs.next()) {
					rows++;
				}
				if (rows == 0) {
					throw new IllegalStateException("The event " + eventId + " has no place counters to lock");
				}
			}
		}
		return new CounterLock(connection);
	}

	@Override
	public void close() throws SQLException {
		try {
			this.connection.rollback();
		}
		finally {
			this.connection.setAutoCommit(true);
			this.connection.close();
		}
	}

}
