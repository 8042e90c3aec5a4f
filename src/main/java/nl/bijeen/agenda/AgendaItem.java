package nl.bijeen.agenda;

import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.EventType;

/**
 * One event in a list: enough to show a date, a title link and the main facts.
 */
record AgendaItem(long id, String slug, String title, String subtitle, String summary, EventType type,
		AttendanceMode mode, EventStatus status, LocalDateTime startsAt, LocalDateTime endsAt,
		LocalDateTime previousStartsAt, String city, List<OrganisationRef> organisers) {

	AgendaItem withOrganisers(List<OrganisationRef> organisers) {
		return new AgendaItem(this.id, this.slug, this.title, this.subtitle, this.summary, this.type, this.mode,
				this.status, this.startsAt, this.endsAt, this.previousStartsAt, this.city, organisers);
	}

	public boolean isSameDay() {
		return this.startsAt.toLocalDate().equals(this.endsAt.toLocalDate());
	}

	/**
	 * Published again on new times after having been postponed.
	 */
	public boolean isRescheduled() {
		return this.status == EventStatus.PUBLISHED && this.previousStartsAt != null;
	}

}
