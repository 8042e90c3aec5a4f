package nl.bijeen.attendance;

import java.util.Map;

import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;
import nl.bijeen.registration.WalkIn;
import nl.bijeen.registration.WalkIns;

import org.springframework.stereotype.Service;

/**
 * A walk-in at the door: registered on the spot through the registration module when there is room, and
 * checked in at once (and to the chosen session, when the screen is for one). An address already registered
 * with a place is simply checked in. Both steps are audited.
 */
@Service
public class WalkInCheckIns {

	private final WalkIns walkIns;

	private final CheckIns checkIns;

	private final SessionCheckIns sessionCheckIns;

	private final AuditLog audit;

	WalkInCheckIns(WalkIns walkIns, CheckIns checkIns, SessionCheckIns sessionCheckIns, AuditLog audit) {
		this.walkIns = walkIns;
		this.checkIns = checkIns;
		this.sessionCheckIns = sessionCheckIns;
		this.audit = audit;
	}

	/**
	 * Registers and checks in; the check-in is absent unless the outcome is REGISTERED or ALREADY_PLACED.
	 * @param sessionId the session of the check-in screen, or null for the door
	 */
	public Result register(Long eventId, Long sessionId, String name, String email, String organisation,
			Map<Long, Long> choices, String by) {
		this.checkIns.event(eventId);
		if (sessionId != null) {
			this.sessionCheckIns.session(eventId, sessionId);
		}
		WalkIn walkIn = this.walkIns.register(eventId, name, email, organisation, choices);
		if (walkIn.outcome() != WalkIn.Outcome.REGISTERED && walkIn.outcome() != WalkIn.Outcome.ALREADY_PLACED) {
			return new Result(walkIn, null);
		}
		if (walkIn.outcome() == WalkIn.Outcome.REGISTERED) {
			this.audit.record(AuditAction.PARTICIPANT_CHANGED, eventId, "registration " + walkIn.registrationId(),
					"walk-in registered on site");
		}
		CheckIn checkIn = this.checkIns.byRegistration(eventId, walkIn.registrationId(), by);
		if (sessionId != null) {
			try {
				checkIn = this.sessionCheckIns.byRegistration(eventId, sessionId, walkIn.registrationId(), by);
			}
			catch (UnknownCode ex) {
				// no place in this session (chose another one): checked in at the door only
			}
		}
		return new Result(walkIn, checkIn);
	}

	/** The walk-in's outcome and, when they have a place, their check-in. */
	public record Result(WalkIn walkIn, CheckIn checkIn) {
	}

}
