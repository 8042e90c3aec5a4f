package nl.bijeen.registration;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.SessionPick;

import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

/**
 * Builds published events with a round of workshops, and registration requests for them.
 */
@Component
@Import({ EventSeeds.class, ProgrammeSeeds.class })
public class RegistrationFixtures {

	private final EventSeeds events;

	private final ProgrammeSeeds programme;

	public RegistrationFixtures(EventSeeds events, ProgrammeSeeds programme) {
		this.events = events;
		this.programme = programme;
	}

	/**
	 * A published conference next month with one round of workshops of the given capacities.
	 */
	public Conference conference(Integer capacity, Integer... sessionCapacities) {
		return conferenceWith(AttendanceMode.VENUE, capacity, null, sessionCapacities);
	}

	public Conference conferenceWith(AttendanceMode mode, Integer capacity, Integer capacityOnline,
			Integer... sessionCapacities) {
		LocalDateTime start = LocalDateTime.now().plusDays(30).withHour(9).withMinute(30).withSecond(0).withNano(0);
		String slug = "conferentie-" + UUID.randomUUID().toString().substring(0, 8);
		Event event = Event.draft(slug, "Conferentie Samen sterker", start, start.plusHours(7));
		event.setAttendanceMode(mode);
		event.setCapacity(capacity);
		event.setCapacityOnline(capacityOnline);
		event.setOnlineUrl("https://meet.example.org/samen-sterker");
		event.publish();
		event = this.events.save(event);
		List<Session> workshops = new ArrayList<>();
		ProgrammePart round = null;
		if (sessionCapacities.length > 0) {
			round = this.programme.save(ProgrammePart.create(event.getId(), PartKind.ROUND, "Workshopronde", null,
					start.plusHours(2), start.plusHours(3), null));
			for (int i = 0; i < sessionCapacities.length; i++) {
				workshops.add(this.programme.save(Session.create(round, i, "Workshop " + (char) ('A' + i), null,
						"Zaal " + (i + 1), sessionCapacities[i])));
			}
		}
		return new Conference(event, round, workshops);
	}

	public static RegistrationRequest request(Conference c, String email, Long first, Long second, String key) {
		Applicant applicant = new Applicant("Deelnemer " + email, email, "Gemeente Utrecht", "Sociaal werker",
				Locale.forLanguageTag("nl"), null, false, null, null);
		Map<Long, SessionPick> picks = c.round() == null ? Map.of()
				: Map.of(c.round().id(), new SessionPick(first, second));
		return new RegistrationRequest(c.event().getId(), applicant, true, picks, Map.of(), key);
	}

	/**
	 * A published event with one round of sessions.
	 */
	public record Conference(Event event, ProgrammePart round, List<Session> sessions) {

		public Long session(int index) {
			return this.sessions.get(index).id();
		}

	}

}
