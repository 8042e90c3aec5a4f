package nl.bijeen.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.bijeen.events.EventCatalog;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.Capacities;
import nl.bijeen.registration.internal.RegistrationRejected;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.SessionPick;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Registers walk-ins at the check-in through the normal registration path
 * ({@link RegistrationService#registerOnSite}): a place at the event and in the chosen workshops, confirmed at
 * once, or a clear "full"; never the waiting list, never overbooked. The confirmation mail goes out as for any
 * registration. An address already registered for the event is not registered again (and not mailed): the
 * caller checks that registration in when it has a place.
 */
@Service
public class WalkIns {

	private final RegistrationService registrations;

	private final EventCatalog events;

	private final JdbcClient jdbc;

	WalkIns(RegistrationService registrations, EventCatalog events, JdbcClient jdbc) {
		this.registrations = registrations;
		this.events = events;
		this.jdbc = jdbc;
	}

	/**
	 * Registers a walk-in.
	 * @param choices the session chosen per programme part (round) with sessions
	 */
	public WalkIn register(Long eventId, String name, String email, String organisation, Map<Long, Long> choices) {
		Optional<Known> known = known(eventId, email);
		if (known.isPresent()) {
			return WalkIn.of("CONFIRMED".equals(known.get().status()) ? WalkIn.Outcome.ALREADY_PLACED
					: WalkIn.Outcome.ALREADY_WITHOUT_PLACE, known.get().id());
		}
		Attendance attendance = this.events.event(eventId)
			.map(e -> Capacities.offered(e).contains(Attendance.VENUE) ? Attendance.VENUE : null)
			.orElse(null);
		Map<Long, SessionPick> picks = new LinkedHashMap<>();
		if (choices != null) {
			choices.forEach((part, session) -> picks.put(part, new SessionPick(session, null)));
		}
		Applicant applicant = new Applicant(name, email, organisation, null, Locale.forLanguageTag("nl"), attendance,
				false, null, null);
		try {
			RegistrationResult result = this.registrations.registerOnSite(new RegistrationRequest(eventId, applicant,
					true, picks, Map.of(), "walk-in-" + UUID.randomUUID()));
			return WalkIn.of(WalkIn.Outcome.REGISTERED, result.registrationId());
		}
		catch (RegistrationRejected rejected) {
			if (rejected.isNoPlace()) {
				return WalkIn.of(WalkIn.Outcome.FULL, null);
			}
			if (rejected.isConflict()) {
				return WalkIn.of(WalkIn.Outcome.CLOSED, null);
			}
			return new WalkIn(WalkIn.Outcome.INVALID, null, rejected.problems().stream()
				.map(p -> new WalkIn.FieldProblem(p.field(), p.code()))
				.toList());
		}
	}

	private Optional<Known> known(Long eventId, String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		List<Known> found = this.jdbc.sql("select id, status from registration where event_id = ? and email = ? "
				+ "and status not in ('CANCELLED', 'REJECTED')")
			.params(eventId, email.strip().toLowerCase(Locale.ROOT))
			.query((rs, n) -> new Known(rs.getLong(1), rs.getString(2)))
			.list();
		return found.stream().findFirst();
	}

	private record Known(Long id, String status) {
	}

}
