package nl.bijeen.certificates;

import java.util.List;
import java.util.Map;

import nl.bijeen.attendance.SessionCheckIns;
import nl.bijeen.attendance.SessionsAttended;
import nl.bijeen.programme.SessionView;
import nl.bijeen.registration.Accreditation;

import org.springframework.stereotype.Component;

/**
 * The workshops a certificate names. Where the organisers checked people in per workshop at an event, the
 * workshops each participant was checked in to (in programme order); where they did not, the workshops the
 * participant held a place in, as registration knows them.
 */
@Component
class AttendedSessions {

	private final SessionsAttended attended;

	private final SessionCheckIns sessions;

	AttendedSessions(SessionsAttended attended, SessionCheckIns sessions) {
		this.attended = attended;
		this.sessions = sessions;
	}

	/** The same participants, each with the workshops to name. */
	List<Accreditation> named(Long eventId, List<Accreditation> participants) {
		Map<Long, List<Long>> byRegistration = this.attended.ofEvent(eventId);
		if (byRegistration.isEmpty()) {
			return participants;
		}
		List<SessionView> programme = this.sessions.sessions(eventId);
		return participants.stream().map(a -> {
			List<Long> ids = byRegistration.getOrDefault(a.registrationId(), List.of());
			List<String> titles = programme.stream().filter(s -> ids.contains(s.id())).map(SessionView::title).toList();
			return new Accreditation(a.registrationId(), a.eventId(), a.name(), a.email(), a.locale(), titles,
					a.register(), a.registrationNumber(), a.points());
		}).toList();
	}

}
