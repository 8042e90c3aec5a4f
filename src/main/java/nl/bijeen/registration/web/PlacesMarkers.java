package nl.bijeen.registration.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bijeen.registration.EventAvailability;
import nl.bijeen.registration.Places;
import nl.bijeen.registration.internal.RegistrationPage;

/**
 * Lets one rendering of the registration form serve while places are being taken. Every "nog 12
 * plaatsen" (more than one place left) is rendered with a marker number instead, and the real number is put
 * in for each response; the rendering depends only on the state of each session and way of attending
 * (unlimited, full, one place left, more), which changes seldom, not on the exact numbers, which change with
 * every registration in a rush. The numbers put in are the ones read live for the request.
 *
 * @param page the page with marker numbers, to render
 * @param states the state of every session and way of attending, part of the rendering's key
 * @param left the real places left per marker, in marker order
 */
record PlacesMarkers(RegistrationPage page, String states, List<Integer> left) {

	/** Far above any capacity, and not a number a form shows otherwise. */
	static final int FIRST_MARKER = 987_654_001;

	static PlacesMarkers of(RegistrationPage page) {
		StringBuilder states = new StringBuilder();
		List<Integer> left = new ArrayList<>();
		EventAvailability availability = page.availability();
		Map<nl.bijeen.registration.Attendance, Places> attendance = new LinkedHashMap<>();
		availability.attendance().forEach((mode, places) -> attendance.put(mode, mark(places, states, left)));
		states.append('|');
		Map<Long, Places> sessions = new LinkedHashMap<>();
		availability.sessions().forEach((id, places) -> sessions.put(id, mark(places, states, left)));
		EventAvailability marked = new EventAvailability(availability.eventId(), attendance, sessions);
		return new PlacesMarkers(new RegistrationPage(page.event(), page.closed(), page.settings(), page.rounds(),
				page.questions(), marked), states.toString(), List.copyOf(left));
	}

	private static Places mark(Places places, StringBuilder states, List<Integer> left) {
		if (!places.limited()) {
			states.append('U');
			return places;
		}
		if (places.full()) {
			states.append('F');
			return places;
		}
		if (places.left() == 1) {
			states.append('1');
			return places;
		}
		states.append('M');
		left.add(places.left());
		return new Places(FIRST_MARKER + left.size() - 1, 0);
	}

	/** The rendering with the real numbers put in, formatted as the messages format them. */
	String fillIn(String html, Locale locale) {
		if (this.left.isEmpty()) {
			return html;
		}
		NumberFormat format = NumberFormat.getInstance(locale);
		String filled = html;
		for (int i = 0; i < this.left.size(); i++) {
			filled = filled.replace(format.format(FIRST_MARKER + i), format.format(this.left.get(i)));
		}
		return filled;
	}

}
