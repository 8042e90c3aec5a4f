package nl.bijeen.events;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an organiser fills in for an event, from the admin form or the API. Times are wall-clock times in
 * Europe/Amsterdam; an empty slug is generated from the title; the first organiser leads.
 *
 * @param contact who answers questions about the event; {@code null}: nobody
 */
public record EventDetails(String title, String subtitle, String slug, String summary, String descriptionHtml,
		EventType eventType, AttendanceMode attendanceMode, LocalDateTime startsAt, LocalDateTime endsAt,
		Long venueId, String onlineUrl, Integer priceCents, Integer capacity, Integer capacityOnline,
		LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt, String imageUrl, String imageAlt,
		List<Long> organiserIds, List<Long> themeIds, List<Long> audienceIds, EventContact contact) {

	public EventDetails {
		eventType = (eventType != null) ? eventType : EventType.CONFERENCE;
		attendanceMode = (attendanceMode != null) ? attendanceMode : AttendanceMode.VENUE;
		organiserIds = (organiserIds != null) ? List.copyOf(organiserIds.stream().filter(java.util.Objects::nonNull).toList()) : List.of();
		themeIds = (themeIds != null) ? List.copyOf(themeIds.stream().filter(java.util.Objects::nonNull).toList()) : List.of();
		audienceIds = (audienceIds != null) ? List.copyOf(audienceIds.stream().filter(java.util.Objects::nonNull).toList()) : List.of();
		contact = (contact != null) ? contact : EventContact.NONE;
	}

	/**
	 * Details without a contact.
	 */
	public EventDetails(String title, String subtitle, String slug, String summary, String descriptionHtml,
			EventType eventType, AttendanceMode attendanceMode, LocalDateTime startsAt, LocalDateTime endsAt,
			Long venueId, String onlineUrl, Integer priceCents, Integer capacity, Integer capacityOnline,
			LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt, String imageUrl, String imageAlt,
			List<Long> organiserIds, List<Long> themeIds, List<Long> audienceIds) {
		this(title, subtitle, slug, summary, descriptionHtml, eventType, attendanceMode, startsAt, endsAt, venueId,
				onlineUrl, priceCents, capacity, capacityOnline, registrationOpensAt, registrationClosesAt, imageUrl,
				imageAlt, organiserIds, themeIds, audienceIds, null);
	}

	/**
	 * The same details, organised also by the given organisation: unchanged when it is among the organisers,
	 * else with it added after them (the lead when there were none).
	 */
	public EventDetails organisedAlsoBy(long organisationId) {
		if (this.organiserIds.contains(organisationId)) {
			return this;
		}
		List<Long> organisers = new java.util.ArrayList<>(this.organiserIds);
		organisers.add(organisationId);
		return new EventDetails(this.title, this.subtitle, this.slug, this.summary, this.descriptionHtml,
				this.eventType, this.attendanceMode, this.startsAt, this.endsAt, this.venueId, this.onlineUrl,
				this.priceCents, this.capacity, this.capacityOnline, this.registrationOpensAt,
				this.registrationClosesAt, this.imageUrl, this.imageAlt, organisers, this.themeIds, this.audienceIds,
				this.contact);
	}

	/**
	 * The details of a stored event, e.g. to fill in the edit form.
	 */
	public static EventDetails of(Event event) {
		return new EventDetails(event.getTitle(), event.getSubtitle(), event.getSlug(), event.getSummary(),
				event.getDescriptionHtml(), event.getEventType(), event.getAttendanceMode(), event.getStartsAt(),
				event.getEndsAt(), event.getVenueId(), event.getOnlineUrl(), event.getPriceCents(), event.getCapacity(),
				event.getCapacityOnline(), event.getRegistrationOpensAt(), event.getRegistrationClosesAt(),
				event.getImageUrl(), event.getImageAlt(),
				event.organisersInOrder().stream().map(EventOrganiser::organisationId).toList(), event.themeIds(),
				event.audienceIds(), EventContact.of(event));
	}

	void applyTo(Event event) {
		event.setTitle(this.title.strip());
		event.setSubtitle(blankToNull(this.subtitle));
		event.setSummary(blankToNull(this.summary));
		event.setDescriptionHtml(blankToNull(this.descriptionHtml));
		event.setEventType(this.eventType);
		event.setAttendanceMode(this.attendanceMode);
		event.setStartsAt(this.startsAt);
		event.setEndsAt(this.endsAt);
		event.setVenueId(this.venueId);
		event.setOnlineUrl(blankToNull(this.onlineUrl));
		event.setPriceCents(this.priceCents);
		event.setCapacity(this.capacity);
		event.setCapacityOnline(this.capacityOnline);
		event.setRegistrationOpensAt(this.registrationOpensAt);
		event.setRegistrationClosesAt(this.registrationClosesAt);
		event.setImageUrl(blankToNull(this.imageUrl));
		event.setImageAlt(blankToNull(this.imageAlt));
		event.setOrganiserIds(this.organiserIds);
		event.setThemeIds(this.themeIds);
		event.setAudienceIds(this.audienceIds);
		event.setContactName(blankToNull(this.contact.name()));
		event.setContactEmail(blankToNull(this.contact.email()));
		event.setContactPhone(blankToNull(this.contact.phone()));
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
