package nl.bijeen.events.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import nl.bijeen.common.ConflictException;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventDetails;
import nl.bijeen.events.EventEditor;
import nl.bijeen.events.EventType;
import nl.bijeen.events.FieldViolation;
import nl.bijeen.events.InvalidEventException;
import nl.bijeen.events.Venue;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.rights.Rights;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Fills the event form's choices and turns the editor's answers into field messages.
 */
@Component
class EventFormSupport {

	private final EventEditor editor;

	private final EventCatalog catalog;

	private final PeopleDirectory organisations;

	private final Rights rights;

	EventFormSupport(EventEditor editor, EventCatalog catalog, PeopleDirectory organisations, Rights rights) {
		this.editor = editor;
		this.catalog = catalog;
		this.organisations = organisations;
		this.rights = rights;
	}

	/**
	 * The form's choices. Venues: the organisation's own and the shared ones (all for the platform administrator),
	 * and the one the event has now, which may be another organisation's when it co-organises the event.
	 * @param currentVenueId the event's venue now; {@code null} for a new event or one without a venue
	 */
	void addChoices(Model model, Long currentVenueId) {
		model.addAttribute("eventTypes", EventType.values());
		model.addAttribute("attendanceModes", AttendanceMode.values());
		List<Venue> venues = new ArrayList<>(this.catalog.venuesFor(this.rights.organisationScope()));
		if (currentVenueId != null && venues.stream().noneMatch(v -> v.id().equals(currentVenueId))) {
			this.catalog.venue(currentVenueId).ifPresent(current -> venues.add(0, current));
		}
		model.addAttribute("venues", venues);
		model.addAttribute("organisations", this.organisations.organisationsByName());
		model.addAttribute("themes", this.catalog.themes());
		model.addAttribute("audiences", this.catalog.audiences());
	}

	/**
	 * Stores the form through {@code save} when every rule holds.
	 * @return the stored event, or {@code null} when {@code binding} now holds the problems
	 */
	Event save(EventForm form, BindingResult binding, Long eventId, SaveAction save) {
		EventDetails details = form.toDetails(binding);
		try {
			this.editor.check(details, eventId);
		}
		catch (InvalidEventException ex) {
			reject(binding, ex);
		}
		if (binding.hasErrors()) {
			return null;
		}
		return attempt(binding, () -> save.save(details));
	}

	private static Event attempt(BindingResult binding, Supplier<Event> action) {
		try {
			return action.get();
		}
		catch (InvalidEventException ex) {
			reject(binding, ex);
		}
		catch (ConflictException ex) {
			if (ex.getCode().startsWith("event.slug")) {
				binding.rejectValue("slug", ex.getCode());
			}
			else {
				binding.reject(ex.getCode());
			}
		}
		catch (OptimisticLockingFailureException ex) {
			binding.reject("event.stale");
		}
		catch (DuplicateKeyException ex) {
			binding.rejectValue("slug", "event.slug.taken");
		}
		return null;
	}

	static void reject(BindingResult binding, InvalidEventException ex) {
		for (FieldViolation v : ex.getViolations()) {
			String field = EventForm.FIELDS.getOrDefault(v.field(), v.field());
			if (!binding.hasFieldErrors(field)) {
				binding.rejectValue(field, v.code());
			}
		}
	}

	@FunctionalInterface
	interface SaveAction {

		Event save(EventDetails details);

	}

}
