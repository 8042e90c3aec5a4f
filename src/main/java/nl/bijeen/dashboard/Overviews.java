package nl.bijeen.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.bijeen.attendance.Presence;
import nl.bijeen.common.charts.BarChart;
import nl.bijeen.events.EventOutlines;
import nl.bijeen.events.EventOutlines.EventOutline;
import nl.bijeen.registration.RegistrationFigures;
import nl.bijeen.registration.RegistrationFigures.StatusCounts;
import nl.bijeen.rights.EventScope;
import nl.bijeen.rights.OrganisationRef;
import nl.bijeen.rights.Rights;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Puts together the figures across the events an account may see: the events of the period in outline (one
 * query), their counts per status and their check-ins (a GROUP BY each, per 500 events), totals and the charts.
 */
@Service
class Overviews {

	/** Months before and after today the overview covers. */
	static final int MONTHS = 12;

	/** Most events in one chart. */
	static final int CHART_EVENTS = 20;

	private final EventOutlines outlines;

	private final RegistrationFigures registrations;

	private final Presence presence;

	private final Rights rights;

	private final MessageSource messages;

	private final nl.bijeen.evaluation.EvaluationScores scores;

	Overviews(EventOutlines outlines, RegistrationFigures registrations, Presence presence, Rights rights,
			MessageSource messages, nl.bijeen.evaluation.EvaluationScores scores) {
		this.scores = scores;
		this.outlines = outlines;
		this.registrations = registrations;
		this.presence = presence;
		this.rights = rights;
		this.messages = messages;
	}

	/** The overview for the signed-in account, of the events starting on these days (both included). */
	Overview current(LocalDate first, LocalDate last, LocalDateTime now, Locale locale) {
		return of(this.rights.visibleEvents(), this.rights.current().platformAdmin(), first, last, now, locale);
	}

	Overview of(EventScope scope, boolean perOrganisation, LocalDate first, LocalDate last, LocalDateTime now,
			Locale locale) {
		Texts t = new Texts(this.messages, locale);
		LocalDate from = first;
		LocalDate to = last.plusDays(1);
		List<EventOutline> events = this.outlines.startingBetween(from.atStartOfDay(), to.atStartOfDay(), scope);
		List<Long> ids = events.stream().map(EventOutline::id).toList();
		Map<Long, StatusCounts> counts = this.registrations.ofEvents(ids);
		Map<Long, Integer> present = this.presence.counts(ids);
		Map<Long, Double> marks = marks(ids);
		Map<Long, String> names = this.rights.organisations().stream()
			.collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
		List<OverviewRow> rows = events.stream()
			.map(e -> new OverviewRow(e, e.leadOrganisationId() == null ? null : names.get(e.leadOrganisationId()),
					counts.getOrDefault(e.id(), StatusCounts.NONE), !now.isBefore(e.startsAt()),
					present.getOrDefault(e.id(), 0), marks.get(e.id())))
			.toList();
		List<Overview.OrganisationTotals> organisations = new ArrayList<>();
		if (perOrganisation) {
			Map<Long, List<OverviewRow>> byLead = new LinkedHashMap<>();
			rows.forEach(r -> byLead.computeIfAbsent(r.event().leadOrganisationId(), id -> new ArrayList<>()).add(r));
			byLead.forEach((id, list) -> organisations.add(new Overview.OrganisationTotals(id,
					id == null ? t.get("dashboard.overview.noOrganisation") : names.getOrDefault(id, "?"),
					Overview.Totals.of(list))));
			organisations.sort(Comparator.comparing(Overview.OrganisationTotals::name, String.CASE_INSENSITIVE_ORDER));
		}
		return new Overview(from, to, rows, Overview.Totals.of(rows), organisations, fill(rows, t),
				attendance(rows, t));
	}

	/** The evaluations' average marks of these events (those with marks given), asked 500 events at a time. */
	private Map<Long, Double> marks(List<Long> ids) {
		Map<Long, Double> marks = new java.util.HashMap<>();
		for (int i = 0; i < ids.size(); i += 500) {
			this.scores.of(ids.subList(i, Math.min(ids.size(), i + 500))).values().stream()
				.filter(score -> score.average() != null)
				.forEach(score -> marks.put(score.eventId(), Math.round(score.average() * 10) / 10.0));
		}
		return marks;
	}

	/** The fill rate of the next events (soonest first), or of the last ones when none are coming. */
	static BarChart fill(List<OverviewRow> rows, Texts t) {
		List<OverviewRow> next = rows.stream().filter(r -> !r.begun())
			.sorted(Comparator.comparing(r -> r.event().startsAt()))
			.limit(CHART_EVENTS)
			.toList();
		List<BarChart.Bar> bars = next.stream()
			.map(r -> new BarChart.Bar(label(r, t), Texts.fraction(r.counts().confirmed(), r.event().places()),
					t.of(r.counts().confirmed(), r.event().places())))
			.toList();
		return new BarChart("fill-per-event", t.get("dashboard.overview.fill.caption", CHART_EVENTS),
				EventDashboards.summary(bars, t), t.get("dashboard.overview.event"), t.get("dashboard.fill.value"),
				bars, 1.0);
	}

	/** The attendance of the last events held (latest first). */
	static BarChart attendance(List<OverviewRow> rows, Texts t) {
		List<BarChart.Bar> bars = rows.stream().filter(OverviewRow::begun)
			.limit(CHART_EVENTS)
			.map(r -> new BarChart.Bar(label(r, t), Texts.fraction(r.present(), r.counts().confirmed()),
					t.of(r.present(), r.counts().confirmed())))
			.toList();
		return new BarChart("attendance-per-event", t.get("dashboard.overview.attendance.caption", CHART_EVENTS),
				EventDashboards.summary(bars, t), t.get("dashboard.overview.event"),
				t.get("dashboard.overview.attendance.value"), bars, 1.0);
	}

	private static String label(OverviewRow row, Texts t) {
		return row.event().title() + " (" + t.date(row.event().startsAt().toLocalDate()) + ")";
	}

}
