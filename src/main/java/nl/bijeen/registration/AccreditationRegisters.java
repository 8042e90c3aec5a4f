package nl.bijeen.registration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accreditation registers (table {@code accreditation_register}) and the points each event awards per
 * register. Templates use it as {@code @accreditationRegisters}.
 */
@Service("accreditationRegisters")
public class AccreditationRegisters {

	private static final String COLUMNS = "code, name, export_prefix, number_pattern, number_format, number_example, "
			+ "active, position";

	/** How long the registers read are used before they are read again. */
	static final Duration FRESH = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private volatile Cached cached;

	AccreditationRegisters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every register, active or not, in their order. Read at most every {@link #FRESH} per instance (registering
	 * in a rush asks for them with every registration); a change made on another instance shows within that time.
	 */
	public List<AccreditationRegister> all() {
		Cached cached = this.cached;
		long now = System.nanoTime();
		if (cached == null || now - cached.readAt() > FRESH.toNanos()) {
			cached = new Cached(now, this.jdbc.sql("select " + COLUMNS + " from accreditation_register "
					+ "order by position, name").query(AccreditationRegister.class).list());
			this.cached = cached;
		}
		return cached.registers();
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
		this.cached = null;
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
		this.cached = null;
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

	private record Cached(long readAt, List<AccreditationRegister> registers) {
	}

}
