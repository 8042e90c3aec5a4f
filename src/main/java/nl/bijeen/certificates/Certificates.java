package nl.bijeen.certificates;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.bijeen.attendance.Presence;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Zones;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.registration.Accreditation;
import nl.bijeen.registration.Accreditations;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The certificates of attendance: only for participants with a place who were present, each with its verification
 * code (issued when the certificate is first made, in a statement of its own: a second, concurrent issue meets the
 * primary key and reads the first code).
 */
@Service
class Certificates {

	private final JdbcClient jdbc;

	private final Accreditations accreditations;

	private final Presence presence;

	private final EventCatalog events;

	private final AttendedSessions sessions;

	Certificates(JdbcClient jdbc, Accreditations accreditations, Presence presence, EventCatalog events,
			AttendedSessions sessions) {
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.accreditations = accreditations;
		this.presence = presence;
		this.events = events;
	}

	/** The certificates of everyone present at the event, by name. */
	List<Certificate> ofEvent(Long eventId) {
		Event event = event(eventId);
		Set<Long> present = this.presence.of(eventId);
		return this.sessions.named(eventId, this.accreditations.of(eventId).stream()
			.filter(a -> present.contains(a.registrationId())).toList())
			.stream().map(a -> new Certificate(code(a), a, event)).toList();
	}

	/** The certificate of this registration, when it has a place at the event and was present. */
	Optional<Certificate> of(Long eventId, Long registrationId) {
		if (!this.presence.present(eventId, registrationId)) {
			return Optional.empty();
		}
		Event event = event(eventId);
		return this.accreditations.find(eventId, registrationId)
			.map(a -> this.sessions.named(eventId, List.of(a)).get(0))
			.map(a -> new Certificate(code(a), a, event));
	}

	/** The certificate with this verification code, while its participant's data is kept. */
	Optional<Certificate> verify(String typed) {
		String code = CertificateCodes.normalise(typed);
		if (code == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select event_id, registration_id from certificate where code = ?").param(code)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).optional()
			.flatMap(ids -> of(ids[0], ids[1]));
	}

	Event event(Long eventId) {
		return this.events.event(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
	}

	private String code(Accreditation a) {
		Optional<String> stored = stored(a.registrationId());
		if (stored.isPresent()) {
			return stored.get();
		}
		try {
			String code = CertificateCodes.random();
			this.jdbc.sql("insert into certificate (registration_id, event_id, code, issued_at) values (?, ?, ?, ?)")
				.params(a.registrationId(), a.eventId(), code,
						LocalDateTime.now(Zones.AMSTERDAM).truncatedTo(ChronoUnit.SECONDS))
				.update();
			return code;
		}
		catch (DuplicateKeyException ex) {
			return stored(a.registrationId()).orElseThrow(() -> ex);
		}
	}

	private Optional<String> stored(Long registrationId) {
		return this.jdbc.sql("select code from certificate where registration_id = ?").param(registrationId)
			.query(String.class).optional();
	}

}
