package nl.bijeen.dashboard;

import java.util.List;

import nl.bijeen.common.charts.BarChart;
import nl.bijeen.common.charts.LineChart;
import nl.bijeen.events.Event;

/**
 * The figures of one event for its dashboard.
 *
 * @param places the places over every way of attending, {@code null}: no limit
 * @param confirmed participants with a place
 * @param waitlisted registrations on the event's waiting list
 * @param pending awaiting approval or an accepted offer
 * @param ended cancelled or not approved
 * @param registered every registration ever made
 * @param begun whether the event has begun (attendance counts from then)
 * @param present participants checked in at the door
 * @param noShows participants with a place not checked in (once the event has begun)
 * @param sessions per workshop, in programme order
 * @param sessionCheckIns whether any workshop had its own check-in
 */
record EventFigures(Event event, Integer places, int confirmed, int waitlisted, int pending, int ended, int registered,
		boolean begun, int present, int noShows, List<SessionFigures> sessions, boolean sessionCheckIns,
		LineChart registrations, BarChart fill, BarChart waiting, BarChart attendance, BarChart sessionAttendance) {

	/** The fill rate in percent, {@code null} without a limit. */
	public Integer fillRate() {
		return this.places == null ? null : Texts.percent(this.confirmed, this.places);
	}

	/** Whether nobody waits, for the event or any workshop. */
	public boolean nobodyWaiting() {
		return this.waitlisted == 0 && this.sessions.stream().allMatch(s -> s.waitlisted() == 0);
	}

	/** The share of participants with a place who did not come, in percent. */
	public int noShowRate() {
		return Texts.percent(this.noShows, this.confirmed);
	}

	/**
	 * One workshop.
	 *
	 * @param capacity its places, {@code null}: no limit
	 * @param attended checked in at the workshop itself
	 */
	record SessionFigures(Long id, String title, Integer capacity, int confirmed, int waitlisted, int attended) {

		public Integer fillRate() {
			return this.capacity == null ? null : Texts.percent(this.confirmed, this.capacity);
		}

	}

}
