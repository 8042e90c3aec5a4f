package nl.bijeen.agenda;

import java.util.List;

import nl.bijeen.events.Audience;
import nl.bijeen.events.Event;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Venue;
import nl.bijeen.people.Organisation;
import nl.bijeen.registration.PlacesSummary;

/**
 * Everything the public event page shows. The template never prints the event's online meeting link.
 *
 * @param venue the venue, {@code null} for online events
 * @param price the price for people, {@code null} when free
 * @param places the places left for newcomers while registration is open, {@code null} otherwise
 */
record EventPage(Event event, Venue venue, List<Organisation> organisers, List<Theme> themes,
		List<Audience> audiences, Programme programme, String price, boolean past, RegistrationState registration,
		PlacesSummary places, String url, String imageUrl, String routeUrl) {

	public boolean isRescheduled() {
		return this.event.getStatus() == nl.bijeen.events.EventStatus.PUBLISHED
				&& this.event.getPreviousStartsAt() != null;
	}

}
