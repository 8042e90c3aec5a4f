package nl.bijeen.programme.web;

import java.util.List;

import nl.bijeen.programme.SessionOccupancy;
import nl.bijeen.programme.SessionOccupancy.Holders;
import nl.bijeen.programme.SessionView;
import nl.bijeen.programme.TimetablePart;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the delete screens of a session and a round show about the people who chose its sessions, from the
 * {@link SessionOccupancy} the registration module provides.
 */
@Component
class SessionRemovalScreens {

	private final ObjectProvider<SessionOccupancy> occupancy;

	SessionRemovalScreens(ObjectProvider<SessionOccupancy> occupancy) {
		this.occupancy = occupancy;
	}

	Holders holders(long sessionId) {
		SessionOccupancy provider = this.occupancy.getIfAvailable();
		return provider == null ? Holders.NONE : provider.of(sessionId);
	}

	/**
	 * Fills the model of the session's delete screen: who chose it, and the other sessions of its round.
	 */
	void sessionScreen(SessionView session, TimetablePart round, Model model) {
		model.addAttribute("holders", holders(session.id()));
		model.addAttribute("others", round.sessions()
			.stream()
			.filter(s -> s.id() != session.id())
			.map(s -> new Target(s, holders(s.id())))
			.toList());
	}

	/**
	 * Fills the model of a round's delete screen: who chose each of its sessions.
	 */
	void roundScreen(TimetablePart round, Model model) {
		List<Target> sessions = round.sessions().stream().map(s -> new Target(s, holders(s.id()))).toList();
		model.addAttribute("affected", sessions.stream().filter(t -> t.holders().total() > 0).toList());
		model.addAttribute("affectedTotal", sessions.stream().mapToInt(t -> t.holders().total()).sum());
	}

	/**
	 * A session with the people who chose it.
	 */
	record Target(SessionView session, Holders holders) {

	}

}
