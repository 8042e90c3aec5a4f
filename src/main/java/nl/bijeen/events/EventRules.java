package nl.bijeen.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.bijeen.common.Slugs;
import nl.bijeen.common.TextRules;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.rights.Actor;
import nl.bijeen.rights.Rights;

import org.springframework.stereotype.Component;

/**
 * The rules an event's details must follow, for the admin form and the API alike. Lengths match the schema.
 */
@Component
class EventRules {

	private static final Pattern WEB_URL = Pattern.compile("^https?://[^\\s/$.?#][^\\s]*$", Pattern.CASE_INSENSITIVE);

	/** Most organisations of one event. */
	static final int MAX_ORGANISERS = 20;

	/** Most themes, and most audiences, of one event. */
	static final int MAX_TAGS = 50;

	private final Venues venues;

	private final PeopleDirectory people;

	private final Themes themes;

	private final Audiences audiences;

	private final Rights rights;

	EventRules(Venues venues, PeopleDirectory people, Themes themes, Audiences audiences, Rights rights) {
		this.venues = venues;
		this.people = people;
		this.themes = themes;
		this.audiences = audiences;
		this.rights = rights;
	}

	/**
	 * Checks the details; {@code isPublic} adds the rules for an event the public can see.
	 * @param currentVenueId the venue the event has now ({@code null} for a new event), which it may keep even when
	 * the one asking could not choose it (another organisation's venue of a co-organised event)
	 * @throws InvalidEventException listing every rule broken
	 */
	void check(EventDetails d, boolean isPublic, Long currentVenueId) {
		List<FieldViolation> v = new ArrayList<>();
		if (d.title() == null || d.title().isBlank()) {
			v.add(new FieldViolation("title", "event.title.required"));
		}
		maxLength(v, "title", d.title(), 200);
		maxLength(v, "subtitle", d.subtitle(), 300);
		maxLength(v, "summary", d.summary(), 1000);
		maxLength(v, "slug", d.slug(), 160);
		maxLength(v, "onlineUrl", d.onlineUrl(), 500);
		maxLength(v, "imageUrl", d.imageUrl(), 500);
		maxLength(v, "imageAlt", d.imageAlt(), 300);
		for (String[] field : new String[][] { { "title", d.title() }, { "subtitle", d.subtitle() },
				{ "slug", d.slug() }, { "onlineUrl", d.onlineUrl() }, { "imageUrl", d.imageUrl() },
				{ "imageAlt", d.imageAlt() } }) {
			if (!TextRules.isSingleLine(field[1])) {
				v.add(new FieldViolation(field[0], "validation.singleLine"));
			}
		}
		if (!TextRules.isMultiLine(d.summary())) {
			v.add(new FieldViolation("summary", "validation.multiLine"));
		}
		if (!TextRules.isMultiLine(d.descriptionHtml())) {
			v.add(new FieldViolation("descriptionHtml", "validation.multiLine"));
		}
		if (!TextRules.isHttpUrl(d.imageUrl())) {
			v.add(new FieldViolation("imageUrl", "validation.httpUrl"));
		}
		if (d.slug() != null && !d.slug().isBlank() && !Slugs.isValid(d.slug().strip())) {
			v.add(new FieldViolation("slug", "event.slug.invalid"));
		}
		checkTimes(v, d);
		notNegative(v, "priceCents", d.priceCents(), "event.price.negative");
		notNegative(v, "capacity", d.capacity(), "event.capacity.negative");
		notNegative(v, "capacityOnline", d.capacityOnline(), "event.capacity.negative");
		if (present(d.onlineUrl()) && (!WEB_URL.matcher(d.onlineUrl().strip()).matches()
				|| !TextRules.isHttpUrl(d.onlineUrl()))) {
			v.add(new FieldViolation("onlineUrl", "event.onlineUrl.invalid"));
		}
		if (present(d.imageUrl()) && !present(d.imageAlt())) {
			v.add(new FieldViolation("imageAlt", "event.imageAlt.required"));
		}
		checkContact(v, d.contact());
		boolean sizesFit = fits(v, "organiserIds", d.organiserIds(), MAX_ORGANISERS) & fits(v, "themeIds", d.themeIds(), MAX_TAGS)
				& fits(v, "audienceIds", d.audienceIds(), MAX_TAGS);
		if (sizesFit) {
			checkReferences(v, d, currentVenueId);
		}
		if (isPublic && d.attendanceMode().hasVenue() && d.venueId() == null) {
			v.add(new FieldViolation("venueId", "event.venue.requiredForPublish"));
		}
		if (!v.isEmpty()) {
			throw new InvalidEventException(v);
		}
	}

	private static void checkTimes(List<FieldViolation> v, EventDetails d) {
		if (d.startsAt() == null) {
			v.add(new FieldViolation("startsAt", "event.startsAt.required"));
		}
		if (d.endsAt() == null) {
			v.add(new FieldViolation("endsAt", "event.endsAt.required"));
		}
		if (d.startsAt() != null && d.endsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
			v.add(new FieldViolation("endsAt", "event.endsAt.beforeStart"));
		}
		if (d.registrationOpensAt() != null && d.registrationClosesAt() != null
				&& !d.registrationClosesAt().isAfter(d.registrationOpensAt())) {
			v.add(new FieldViolation("registrationClosesAt", "event.registrationClosesAt.beforeOpens"));
		}
	}

	private void checkReferences(List<FieldViolation> v, EventDetails d, Long currentVenueId) {
		if (d.venueId() != null && !d.venueId().equals(currentVenueId)) {
			Venue venue = this.venues.findById(d.venueId()).orElse(null);
			if (venue == null) {
				v.add(new FieldViolation("venueId", "event.venue.unknown"));
			}
			else if (!mayChoose(venue)) {
				v.add(new FieldViolation("venueId", "event.venue.notAllowed"));
			}
		}
		if (d.organiserIds().stream().anyMatch(id -> !this.people.organisationExists(id))) {
			v.add(new FieldViolation("organiserIds", "event.organisers.unknown"));
		}
		if (d.themeIds().stream().anyMatch(id -> !this.themes.existsById(id))) {
			v.add(new FieldViolation("themeIds", "event.themes.unknown"));
		}
		if (d.audienceIds().stream().anyMatch(id -> !this.audiences.existsById(id))) {
			v.add(new FieldViolation("audienceIds", "event.audiences.unknown"));
		}
	}

	/**
	 * Whether the one asking may choose the venue: its own organisation's or a shared one (any for the platform
	 * administrator). Work nobody asks for (demo content, jobs) is not limited.
	 */
	private boolean mayChoose(Venue venue) {
		Actor actor = this.rights.current();
		return !actor.signedIn() || this.rights.organisationScope(actor).mayUse(venue.organisationId());
	}

	private static final Pattern MAIL = Pattern.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{6,40}$");

	private static final Pattern ONE_LINE = Pattern.compile("^[^\\p{Cntrl}]*$");

	private static void checkContact(List<FieldViolation> v, EventContact c) {
		maxLength(v, "contactName", c.name(), 200);
		maxLength(v, "contactEmail", c.email(), 254);
		if (present(c.name()) && !ONE_LINE.matcher(c.name()).matches()) {
			v.add(new FieldViolation("contactName", "event.contactName.invalid"));
		}
		if (present(c.email()) && !MAIL.matcher(c.email().strip()).matches()) {
			v.add(new FieldViolation("contactEmail", "event.contactEmail.invalid"));
		}
		if (present(c.phone()) && !PHONE.matcher(c.phone().strip()).matches()) {
			v.add(new FieldViolation("contactPhone", "event.contactPhone.invalid"));
		}
	}

	private static boolean fits(List<FieldViolation> v, String field, List<Long> values, int max) {
		if (values != null && values.size() > max) {
			v.add(new FieldViolation(field, "validation.tooMany"));
			return false;
		}
		return true;
	}

	private static void maxLength(List<FieldViolation> v, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			v.add(new FieldViolation(field, "event." + field + ".tooLong"));
		}
	}

	private static void notNegative(List<FieldViolation> v, String field, Integer value, String code) {
		if (value != null && value < 0) {
			v.add(new FieldViolation(field, code));
		}
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
