package nl.bijeen.agenda;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.bijeen.agenda.web.AgendaFilterForm;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Audience;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Theme;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;

import org.springframework.stereotype.Component;

/**
 * The choices offered in the agenda's filter form.
 */
@Component
class AgendaOptions {

	private final EventCatalog catalog;

	private final PeopleDirectory directory;

	private final AgendaQuery query;

	AgendaOptions(EventCatalog catalog, PeopleDirectory directory, AgendaQuery query) {
		this.catalog = catalog;
		this.directory = directory;
		this.query = query;
	}

	/**
	 * The choices for the agenda (the coming thirteen months) or the archive (every month that holds a past
	 * event, however long ago).
	 */
	Options forPeriod(AgendaPeriod period, LocalDateTime now) {
		List<YearMonth> months = period == AgendaPeriod.PAST ? this.query.months(AgendaPeriod.PAST, now)
				: Stream.iterate(YearMonth.from(now), m -> m.plusMonths(1)).limit(13).toList();
		return new Options(this.catalog.themes(), this.catalog.audiences(),
				this.directory.organisationsByName(), new TreeMap<>(AgendaFilterForm.TYPES),
				modes(), months);
	}

	private static Map<String, AttendanceMode> modes() {
		Map<String, AttendanceMode> modes = new LinkedHashMap<>();
		modes.put("op-locatie", AttendanceMode.VENUE);
		modes.put("online", AttendanceMode.ONLINE);
		modes.put("hybride", AttendanceMode.HYBRID);
		return modes;
	}

	/**
	 * @param types URL value to type, sorted by URL value
	 * @param modes URL value to attendance mode
	 */
	record Options(List<Theme> themes, List<Audience> audiences, List<Organisation> organisations,
			Map<String, nl.bijeen.events.EventType> types, Map<String, AttendanceMode> modes, List<YearMonth> months) {

		/**
		 * The filter without themes, audiences and organisations that do not exist (e.g. from an old link), so
		 * that the results always match what the form shows as chosen.
		 */
		AgendaFilter known(AgendaFilter filter) {
			return new AgendaFilter(
					known(filter.theme(), this.themes.stream().map(Theme::slug).toList()),
					known(filter.audience(), this.audiences.stream().map(Audience::slug).toList()), filter.type(),
					filter.mode(),
					known(filter.organisation(), this.organisations.stream().map(Organisation::slug).toList()),
					filter.month(), filter.words(), filter.personId());
		}

		private static String known(String slug, List<String> slugs) {
			return slug != null && slugs.contains(slug) ? slug : null;
		}

	}

}
