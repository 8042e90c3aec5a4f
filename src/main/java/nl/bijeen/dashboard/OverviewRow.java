package nl.bijeen.dashboard;

import nl.bijeen.events.EventOutlines.EventOutline;
import nl.bijeen.registration.RegistrationFigures.StatusCounts;

/**
 * One event's figures in the overview.
 *
 * @param organisation the lead organisation's name, or {@code null}
 * @param begun whether the event has begun (attendance counts from then)
 * @param present checked in at the door
 * @param mark the evaluation's average mark, or {@code null} without one
 */
record OverviewRow(EventOutline event, String organisation, StatusCounts counts, boolean begun, int present,
		Double mark) {

	/** The fill rate in percent, {@code null} without a limit. */
	public Integer fillRate() {
		return this.event.places() == null ? null : Texts.percent(this.counts.confirmed(), this.event.places());
	}

	/** Participants with a place who were not checked in; 0 before the event. */
	public int noShows() {
		return this.begun ? Math.max(0, this.counts.confirmed() - this.present) : 0;
	}

	/** No-shows in percent of the participants with a place, {@code null} before the event. */
	public Integer noShowRate() {
		return this.begun ? Texts.percent(noShows(), this.counts.confirmed()) : null;
	}

}
