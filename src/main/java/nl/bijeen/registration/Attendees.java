package nl.bijeen.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bijeen.registration.internal.PersonalRegistrations;
import nl.bijeen.registration.internal.Registration;
import nl.bijeen.registration.internal.RegistrationStatus;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The participants with a place (status CONFIRMED), for the check-in at the door: who they are and which
 * workshops they hold.
 */
@Service
public class Attendees {

	private static final String CHOICES = """
			select c.registration_id, s.title from registration_choice c
			join session s on s.id = c.session_id join programme_part p on p.id = c.part_id
			where c.status = 'CONFIRMED' and c.registration_id in (%s)
			order by p.starts_at, p.id""";

	private final JdbcClient jdbc;

	private final PersonalRegistrations personal;

	Attendees(JdbcClient jdbc, PersonalRegistrations personal) {
		this.jdbc = jdbc;
		this.personal = personal;
	}

	/** Everyone with a place at the event, by name. */
	public List<Attendee> of(Long eventId) {
		return load("select id, event_id, name, organisation from registration where event_id = :event "
				+ "and status = 'CONFIRMED' order by lower(name), id", Map.of("event", eventId));
	}

	/** Everyone with a place at the event and a confirmed place in this session (workshop), by name. */
	public List<Attendee> ofSession(Long eventId, Long sessionId) {
		return load("select id, event_id, name, organisation from registration where event_id = :event "
				+ "and status = 'CONFIRMED' and id in (select registration_id from registration_choice "
				+ "where session_id = :session and status = 'CONFIRMED') order by lower(name), id",
				Map.of("event", eventId, "session", sessionId));
	}

	/** This registration, when it has a place at this event. */
	public Optional<Attendee> find(Long eventId, Long registrationId) {
		return load("select id, event_id, name, organisation from registration where event_id = :event "
				+ "and id = :id and status = 'CONFIRMED'", Map.of("event", eventId, "id", registrationId))
			.stream()
			.findFirst();
	}

	/**
	 * The registration behind a personal link when it has a place (empty otherwise).
	 * @throws nl.bijeen.common.NotFoundException when the link leads nowhere
	 */
	public Optional<Attendee> byToken(String token) {
		Registration registration = this.personal.find(token);
		if (registration.status() != RegistrationStatus.CONFIRMED) {
			return Optional.empty();
		}
		return find(registration.eventId(), registration.id());
	}

	private List<Attendee> load(String sql, Map<String, Object> params) {
		Map<Long, Attendee> byId = new LinkedHashMap<>();
		this.jdbc.sql(sql).params(params).query((rs, n) -> new Attendee(rs.getLong(1), rs.getLong(2),
				rs.getString(3), rs.getString(4), new ArrayList<>())).list().forEach(a -> byId.put(a.registrationId(), a));
		if (!byId.isEmpty()) {
			String in = sql.replaceFirst("select id, event_id, name, organisation", "select id")
				.replaceFirst(" order by .*$", "");
			this.jdbc.sql(CHOICES.formatted(in)).params(params)
				.query((RowCallbackHandler) rs -> byId.get(rs.getLong(1)).sessions().add(rs.getString(2)));
		}
		return List.copyOf(byId.values());
	}

}
