package nl.bijeen.registration.mail;

import java.util.ArrayList;
import java.util.List;

import nl.bijeen.events.EventCancelled;
import nl.bijeen.events.EventMoved;
import nl.bijeen.programme.PartRenamedOrMoved;
import nl.bijeen.programme.SessionRenamedOrMoved;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the participants about changes to their event and its programme: after the change commits, each in
 * its own transaction, recorded in the event publication registry, so that a handler that fails is run
 * again (after a restart, or when incomplete publications are resubmitted).
 */
@Component
class ChangeMails {

	private final ChangeNotices notices;

	ChangeMails(ChangeNotices notices) {
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(EventMoved moved) {
		List<Change> changes = new ArrayList<>();
		if (moved.timesChanged() || (moved.postponed() && !moved.dateKnown())) {
			changes.add(Change.when(moved.oldStartsAt(), moved.oldEndsAt(), moved.newStartsAt(), moved.newEndsAt()));
		}
		if (moved.modeChanged()) {
			changes.add(Change.mode(moved.oldMode(), moved.newMode()));
		}
		if (moved.venueChanged()) {
			changes.add(Change.text(ChangeField.VENUE, moved.oldVenue(), moved.newVenue()));
		}
		NoticeKind kind = moved.postponed() ? NoticeKind.EVENT_POSTPONED : NoticeKind.EVENT_MOVED;
		this.notices.toEvent(moved.eventId(), new ChangeNotice(kind, null, changes, moved.message()));
	}

	@ApplicationModuleListener
	void on(EventCancelled cancelled) {
		this.notices.toEvent(cancelled.eventId(),
				new ChangeNotice(NoticeKind.EVENT_CANCELLED, null, List.of(), cancelled.message()));
	}

	@ApplicationModuleListener
	void on(PartRenamedOrMoved part) {
		List<Change> changes = new ArrayList<>();
		if (part.renamed()) {
			changes.add(Change.text(ChangeField.TITLE, part.oldTitle(), part.newTitle()));
		}
		if (part.timesChanged()) {
			changes.add(Change.when(part.oldStartsAt(), part.oldEndsAt(), part.newStartsAt(), part.newEndsAt()));
		}
		if (part.locationChanged()) {
			changes.add(Change.text(ChangeField.LOCATION, part.oldLocation(), part.newLocation()));
		}
		this.notices.toEvent(part.eventId(),
				new ChangeNotice(NoticeKind.PART_CHANGED, part.newTitle(), changes, null));
	}

	@ApplicationModuleListener
	void on(SessionRenamedOrMoved session) {
		List<Change> changes = new ArrayList<>();
		if (session.renamed()) {
			changes.add(Change.text(ChangeField.TITLE, session.oldTitle(), session.newTitle()));
		}
		if (session.roomChanged()) {
			changes.add(Change.text(ChangeField.ROOM, session.oldRoom(), session.newRoom()));
		}
		this.notices.toSession(session.eventId(), session.sessionId(), new ChangeNotice(NoticeKind.SESSION_CHANGED,
				session.roundTitle() + ": " + session.newTitle(), changes, null));
	}

}
