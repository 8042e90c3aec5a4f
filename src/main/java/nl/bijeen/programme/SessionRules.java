package nl.bijeen.programme;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import nl.bijeen.events.Event;

/**
 * The rules a session must follow: only in a round, complete, texts within the schema's limits, a real web
 * link for the online breakout, a capacity that is not negative, and a room that is not taken at the
 * same time. A capacity larger than the event's is only a warning.
 */
final class SessionRules {

	private SessionRules() {
	}

	static Problems check(ProgrammePart round, SessionDetails details, ProgrammeSnapshot programme, Long sessionId) {
		Problems problems = new Problems();
		if (!round.isRound()) {
			return problems.reject(null, "programme.session.notInRound", round.title());
		}
		problems.text("title", details.title(), ProgrammeLimits.TITLE, true)
			.text("description", details.description(), ProgrammeLimits.DESCRIPTION, false)
			.text("room", details.room(), ProgrammeLimits.ROOM, false)
			.text("onlineBreakout", details.onlineBreakout(), ProgrammeLimits.URL, false);
		if (!problems.has("onlineBreakout") && details.onlineBreakout() != null
				&& !isWebLink(details.onlineBreakout())) {
			problems.reject("onlineBreakout", "programme.session.notALink");
		}
		if (details.capacity() != null && details.capacity() < 0) {
			problems.reject("capacity", "programme.session.capacityNegative");
		}
		if (!problems.has("room")) {
			ProgrammeRules.roomClash(details.room(), round, sessionId, programme)
				.ifPresent(other -> problems.reject("room", "programme.session.roomTaken", other.title(),
						ProgrammeRules.roundOf(other, programme).title(),
						ProgrammeRules.CLOCK.format(ProgrammeRules.roundOf(other, programme).startsAt()),
						ProgrammeRules.CLOCK.format(ProgrammeRules.roundOf(other, programme).endsAt())));
		}
		return problems;
	}

	static Problems warnings(Event event, SessionDetails details) {
		Problems warnings = new Problems();
		Integer eventCapacity = capacityOf(event);
		if (details.capacity() != null && eventCapacity != null && details.capacity() > eventCapacity) {
			warnings.reject("capacity", "programme.session.capacityAboveEvent", details.capacity(), eventCapacity);
		}
		return warnings;
	}

	/**
	 * All places of the event, at the venue and online together; {@code null} when it has no limit.
	 */
	static Integer capacityOf(Event event) {
		if (event.getCapacity() == null && event.getCapacityOnline() == null) {
			return null;
		}
		return (event.getCapacity() == null ? 0 : event.getCapacity())
				+ (event.getCapacityOnline() == null ? 0 : event.getCapacityOnline());
	}

	static boolean isWebLink(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
