package nl.bijeen.dashboard;

import java.time.LocalDate;
import java.util.List;

import nl.bijeen.common.charts.BarChart;

/**
 * The figures across the events of a period that an account may see.
 *
 * @param from the first day of the period
 * @param to the day after the period
 * @param rows every event of the period, latest first
 * @param totals over all of them
 * @param organisations per lead organisation (the platform administrator's breakdown), else empty
 * @param fill the fill rate of the next events
 * @param attendance the attendance of the last events held
 */
record Overview(LocalDate from, LocalDate to, List<OverviewRow> rows, Totals totals, List<OrganisationTotals> organisations,
		BarChart fill, BarChart attendance) {

	/**
	 * Totals over some events.
	 *
	 * @param events how many events
	 * @param registered registrations ever made
	 * @param confirmed participants with a place
	 * @param waitlisted on waiting lists
	 * @param heldConfirmed participants with a place at events that have begun
	 * @param present checked in at those events
	 */
	record Totals(int events, int registered, int confirmed, int waitlisted, int heldConfirmed, int present) {

		static Totals of(List<OverviewRow> rows) {
			int registered = 0, confirmed = 0, waitlisted = 0, heldConfirmed = 0, present = 0;
			for (OverviewRow row : rows) {
				registered += row.counts().registered();
				confirmed += row.counts().confirmed();
				waitlisted += row.counts().waitlisted();
				if (row.begun()) {
					heldConfirmed += row.counts().confirmed();
					present += row.present();
				}
			}
			return new Totals(rows.size(), registered, confirmed, waitlisted, heldConfirmed, present);
		}

		public int noShows() {
			return Math.max(0, this.heldConfirmed - this.present);
		}

		/** No-shows of the events held, in percent of their participants with a place. */
		public int noShowRate() {
			return Texts.percent(noShows(), this.heldConfirmed);
		}

	}

	/** The totals of one lead organisation's events. */
	record OrganisationTotals(Long organisationId, String name, Totals totals) {

	}

}
