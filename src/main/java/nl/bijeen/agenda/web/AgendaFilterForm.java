package nl.bijeen.agenda.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import nl.bijeen.agenda.AgendaFilter;
import nl.bijeen.common.Slugs;
import nl.bijeen.common.TextRules;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.EventType;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The agenda's filter form, bound from the query string ({@code /?thema=empowerment&vorm=online&maand=2027-03}).
 * Everything is read as text, so odd values never cause an error: unknown kinds, modes and months are
 * ignored, unknown slugs simply match nothing.
 */
public record AgendaFilterForm(@BindParam("thema") String theme, @BindParam("doelgroep") String audience,
		@BindParam("soort") String type, @BindParam("vorm") String mode, @BindParam("organisatie") String organisation,
		@BindParam("maand") String month, @BindParam("zoek") String text, @BindParam("page") String page) {

	/** The URL values of the event types. */
	public static final Map<String, EventType> TYPES = Map.of("congres", EventType.CONFERENCE, "debat",
			EventType.DEBATE, "online-bijeenkomst", EventType.ONLINE_MEETING, "workshop", EventType.WORKSHOP,
			"webinar", EventType.WEBINAR, "bijeenkomst", EventType.MEETING, "cursus", EventType.COURSE, "overig",
			EventType.OTHER);

	/** The URL values of the attendance modes. */
	public static final Map<String, AttendanceMode> MODES = Map.of("op-locatie", AttendanceMode.VENUE, "online",
			AttendanceMode.ONLINE, "hybride", AttendanceMode.HYBRID);

	/** No filter, first page: its {@link #query(int)} gives plain paging links. */
	public static final AgendaFilterForm NONE = new AgendaFilterForm(null, null, null, null, null, null, null, null);

	private static final int MAX_WORDS = 6;

	public AgendaFilter toFilter() {
		return new AgendaFilter(slug(this.theme), slug(this.audience), lookup(TYPES, this.type),
				lookup(MODES, this.mode), slug(this.organisation), yearMonth().orElse(null), words(), null);
	}

	/**
	 * The requested page, 1 when absent or not a positive number.
	 */
	public int pageNumber() {
		try {
			return this.page == null ? 1 : Math.max(1, Math.min(Integer.parseInt(this.page.strip()), 100_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	public boolean isFiltered() {
		AgendaFilter filter = toFilter();
		return !filter.equals(AgendaFilter.NONE);
	}

	/**
	 * The query string for another page of the same selection, e.g. {@code ?thema=empowerment&page=2}; empty
	 * without filters on the first page.
	 */
	public String query(int pageNumber) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		add(query, "thema", this.theme);
		add(query, "doelgroep", this.audience);
		add(query, "soort", this.type);
		add(query, "vorm", this.mode);
		add(query, "organisatie", this.organisation);
		add(query, "maand", this.month);
		add(query, "zoek", this.text);
		if (pageNumber > 1) {
			query.add("page=" + pageNumber);
		}
		return query.toString();
	}

	private static void add(StringJoiner query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
		}
	}

	private static <T> T lookup(Map<String, T> values, String key) {
		String clean = clean(key);
		return clean == null ? null : values.get(clean);
	}

	private Optional<YearMonth> yearMonth() {
		try {
			return Optional.ofNullable(clean(this.month)).map(YearMonth::parse);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private List<String> words() {
		if (this.text == null || this.text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(TextRules.withoutControlCharacters(this.text).strip().split("\\s+"))
			.filter(word -> !word.isEmpty())
			.limit(MAX_WORDS)
			.toList();
	}

	private static String slug(String value) {
		String clean = clean(value);
		return clean == null ? null : (Slugs.isValid(clean) ? clean : "-");
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
	}

}
