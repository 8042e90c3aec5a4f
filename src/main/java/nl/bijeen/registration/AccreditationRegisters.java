package nl.bijeen.registration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The accreditation registers (table {@code accreditation_register}) and the points each event awards per
 * register. Templates use it as {@code @accreditationRegisters}.
 * <p>
 * The registers are kept in memory (registering in a rush asks for them with every registration). A change
 * raises their row in {@code cache_version} in its transaction and drops this instance's copy after the commit;
 * every instance checks that row every {@code bijeen.registration.registers-check-interval} (one primary-key
 * read) and drops its copy when it moved. So an edit is seen at once on the instance that made it and on every
 * other after its next check, while reading the registers costs no query.
 */
@Service("accreditationRegisters")
public class AccreditationRegisters {

	private static final String COLUMNS = "code, name, export_prefix, number_pattern, number_format, number_example, "
			+ "active, position";

	private static final Logger log = LoggerFactory.getLogger(AccreditationRegisters.class);

	private static final String VERSION = "select version from cache_version where name = 'accreditation_register'";

	private final JdbcClient jdbc;

	private volatile Cached cached;

	/** Raised whenever this instance's copy is dropped: a read that began before may not keep what it read. */
	private final AtomicLong drops = new AtomicLong();

	AccreditationRegisters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every register, active or not, in their order: this instance's copy, read again after a change (see above).
	 */
	public List<AccreditationRegister> all() {
		Cached cached = this.cached;
		if (cached != null) {
			return cached.registers();
		}
		long drops = this.drops.get();
		// The version first: registers read after it are at least that new, so a later check never misses a change.
		long version = this.jdbc.sql(VERSION).query(Long.class).single();
		List<AccreditationRegister> registers = this.jdbc.sql("select " + COLUMNS + " from accreditation_register "
				+ "order by position, name").query(AccreditationRegister.class).list();
		synchronized (this.drops) {
			if (this.drops.get() == drops) {
				this.cached = new Cached(version, registers);
			}
		}
		return registers;
	}

	/** Drops this instance's copy when the registers' version moved (a change through another instance). */
	@Scheduled(fixedDelayString = "${bijeen.registration.registers-check-interval:500ms}")
	void check() {
		Cached cached = this.cached;
		if (cached == null) {
			return;
		}
		try {
			if (this.jdbc.sql(VERSION).query(Long.class).single() != cached.version()) {
				drop();
			}
		}
		catch (RuntimeException ex) {
			// The database is out of reach: keep nothing that may be stale.
			drop();
			log.debug("Could not check the registers' version", ex);
		}
	}

	private void drop() {
		synchronized (this.drops) {
			this.drops.incrementAndGet();
			this.cached = null;
		}
	}

	/** Raises the registers' version in the change's transaction and drops this instance's copy after it. */
	private void changed() {
		this.jdbc.sql("update cache_version set version = version + 1 where name = 'accreditation_register'").update();
		drop();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					drop();
				}
			});
		}
	}

	/** The registers participants may choose. */
	public List<AccreditationRegister> active() {
		return all().stream().filter(AccreditationRegister::active).toList();
	}

	/**
	 * The registers participants of an event may choose: those its organiser chose, or every active one when
	 * none were chosen; inactive registers never.
	 * @param chosen the codes chosen ({@code RegistrationSettings.registers()})
	 */
	public List<AccreditationRegister> offered(List<String> chosen) {
		return active().stream().filter(r -> chosen.isEmpty() || chosen.contains(r.code())).toList();
	}

	public Optional<AccreditationRegister> find(String code) {
		return all().stream().filter(r -> r.code().equals(code)).findFirst();
	}

	/** The register's name, or the code itself when it is not known (for templates). */
	public String name(String code) {
		return find(code).map(AccreditationRegister::name).orElse(code);
	}

	/**
	 * Adds a register.
	 * @throws DuplicateKeyException when its code is taken
	 */
	@Transactional
	public void add(AccreditationRegister register) {
		this.jdbc.sql("insert into accreditation_register (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(register.code(), register.name(), register.exportPrefix(), register.numberPattern(),
					register.numberFormat(), register.numberExample(), register.active(), register.position())
			.update();
		changed();
	}

	/** Changes everything of a register but its code; false when there is none with the code. */
	@Transactional
	public boolean update(AccreditationRegister register) {
		boolean changed = this.jdbc.sql("""
				update accreditation_register set name = ?, export_prefix = ?, number_pattern = ?, number_format = ?,
				number_example = ?, active = ?, position = ?, version = version + 1 where code = ?""")
			.params(register.name(), register.exportPrefix(), register.numberPattern(), register.numberFormat(),
					register.numberExample(), register.active(), register.position(), register.code())
			.update() > 0;
		changed();
		return changed;
	}

	/** The points an event awards per register, where they differ from the event's accreditation points. */
	public Map<String, Integer> points(Long eventId) {
		Map<String, Integer> points = new java.util.LinkedHashMap<>();
		this.jdbc.sql("select register_code, points from event_register_points where event_id = ?").param(eventId)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> points.put(rs.getString(1), rs.getInt(2)));
		return points;
	}

	/** Replaces an event's points per register (in the caller's transaction). */
	@Transactional
	public void setPoints(Long eventId, Map<String, Integer> points) {
		this.jdbc.sql("delete from event_register_points where event_id = ?").param(eventId).update();
		points.forEach((code, value) -> {
			if (value != null) {
				this.jdbc.sql("insert into event_register_points (event_id, register_code, points) values (?, ?, ?)")
					.params(eventId, code, value).update();
			}
		});
	}

	private record Cached(long version, List<AccreditationRegister> registers) {
	}

}
