package nl.bijeen.events;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.bijeen.common.HtmlSanitizer;
import nl.bijeen.common.Zones;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A gathering: a conference, debate, online meeting, hybrid meeting. Times are wall-clock times in
 * {@link #getTimeZone()} (Europe/Amsterdam), so they stay right across daylight saving time changes.
 */
@Table("event")
public class Event {

	@Id
	private Long id;

	/** Stable identifier for calendar files: never changes, also not when the slug does. */
	private String uid;

	private String slug;

	private String title;

	private String subtitle;

	private String summary;

	private String descriptionHtml;

	private EventType eventType = EventType.CONFERENCE;

	private AttendanceMode attendanceMode = AttendanceMode.VENUE;

	private EventStatus status = EventStatus.DRAFT;

	private LocalDateTime startsAt;

	private LocalDateTime endsAt;

	private String timeZone = Zones.AMSTERDAM.getId();

	private Long venueId;

	/** The meeting link for online participants; never shown publicly. */
	private String onlineUrl;

	/** Price in euro cents; {@code null} or 0 means free. */
	private Integer priceCents;

	private Integer capacity;

	private Integer capacityOnline;

	private LocalDateTime registrationOpensAt;

	private LocalDateTime registrationClosesAt;

	private String imageUrl;

	private String imageAlt;

	/** Who answers questions about the event (shown on its page and in the registration mails). */
	private String contactName;

	private String contactEmail;

	private String contactPhone;

	/** The original start of a postponed event. */
	private LocalDateTime previousStartsAt;

	/** RFC 5545 SEQUENCE: raised on every change that calendar clients should pick up. */
	private int icsSequence;

	private LocalDateTime createdAt;

	private LocalDateTime updatedAt;

	@MappedCollection(idColumn = "event_id")
	private Set<EventOrganiser> organisers = new LinkedHashSet<>();

	@MappedCollection(idColumn = "event_id")
	private Set<EventTheme> themes = new LinkedHashSet<>();

	@MappedCollection(idColumn = "event_id")
	private Set<EventAudience> audiences = new LinkedHashSet<>();

	@Version
	private Integer version;

	public Event() {
	}

	/**
	 * A new draft event.
	 */
	public static Event draft(String slug, String title, LocalDateTime startsAt, LocalDateTime endsAt) {
		Event event = new Event();
		event.uid = UUID.randomUUID() + "@bijeen";
		event.slug = slug;
		event.title = title;
		event.startsAt = startsAt;
		event.endsAt = endsAt;
		event.createdAt = LocalDateTime.now();
		event.updatedAt = event.createdAt;
		return event;
	}

	/**
	 * A new draft copy of this event, e.g. to plan next year's edition: same texts, organisers, themes,
	 * audiences and settings, a new identity, shifted to the given start.
	 */
	public Event duplicate(String newSlug, LocalDateTime newStart) {
		Event copy = draft(newSlug, this.title, newStart, newStart.plus(java.time.Duration.between(this.startsAt, this.endsAt)));
		copy.subtitle = this.subtitle;
		copy.summary = this.summary;
		copy.descriptionHtml = this.descriptionHtml;
		copy.eventType = this.eventType;
		copy.attendanceMode = this.attendanceMode;
		copy.venueId = this.venueId;
		copy.priceCents = this.priceCents;
		copy.capacity = this.capacity;
		copy.capacityOnline = this.capacityOnline;
		copy.imageUrl = this.imageUrl;
		copy.imageAlt = this.imageAlt;
		copy.contactName = this.contactName;
		copy.contactEmail = this.contactEmail;
		copy.contactPhone = this.contactPhone;
		copy.organisers = new LinkedHashSet<>(this.organisers);
		copy.themes = new LinkedHashSet<>(this.themes);
		copy.audiences = new LinkedHashSet<>(this.audiences);
		return copy;
	}

	public void publish() {
		this.status = EventStatus.PUBLISHED;
		touch();
	}

	public void unpublish() {
		this.status = EventStatus.DRAFT;
		touch();
	}

	public void cancel() {
		this.status = EventStatus.CANCELLED;
		touch();
	}

	/**
	 * Postpones the event: to new times when known, or without a new date yet.
	 */
	public void postpone(LocalDateTime newStart, LocalDateTime newEnd) {
		if (this.previousStartsAt == null) {
			this.previousStartsAt = this.startsAt;
		}
		if (newStart != null && newEnd != null) {
			this.startsAt = newStart;
			this.endsAt = newEnd;
			this.status = EventStatus.PUBLISHED;
		}
		else {
			this.status = EventStatus.POSTPONED;
		}
		touch();
	}

	/**
	 * Marks a change: raises the calendar SEQUENCE and the modification time.
	 */
	public void touch() {
		this.icsSequence++;
		this.updatedAt = LocalDateTime.now();
	}

	public boolean isPublic() {
		return this.status.isPublic();
	}

	public boolean isFree() {
		return this.priceCents == null || this.priceCents == 0;
	}

	public boolean isPast(LocalDateTime now) {
		return this.endsAt.isBefore(now);
	}

	public ZonedDateTime startsAtZoned() {
		return this.startsAt.atZone(java.time.ZoneId.of(this.timeZone));
	}

	public ZonedDateTime endsAtZoned() {
		return this.endsAt.atZone(java.time.ZoneId.of(this.timeZone));
	}

	/**
	 * The organisers in order, the leading one first.
	 */
	public List<EventOrganiser> organisersInOrder() {
		return this.organisers.stream()
			.sorted(Comparator.comparing((EventOrganiser o) -> !o.lead()).thenComparing(EventOrganiser::position))
			.toList();
	}

	public Optional<Long> leadOrganiserId() {
		return organisersInOrder().stream().findFirst().map(EventOrganiser::organisationId);
	}

	/**
	 * Replaces the organisers; the first one in the list leads.
	 */
	public void setOrganiserIds(List<Long> organisationIds) {
		this.organisers = new LinkedHashSet<>();
		int position = 0;
		for (Long id : organisationIds) {
			if (id != null && this.organisers.stream().noneMatch(o -> o.organisationId().equals(id))) {
				this.organisers.add(new EventOrganiser(id, position == 0, position));
				position++;
			}
		}
	}

	public List<Long> themeIds() {
		return this.themes.stream().map(EventTheme::themeId).toList();
	}

	public void setThemeIds(List<Long> ids) {
		this.themes = new LinkedHashSet<>();
		ids.stream().filter(java.util.Objects::nonNull).distinct().forEach(id -> this.themes.add(new EventTheme(id)));
	}

	public List<Long> audienceIds() {
		return this.audiences.stream().map(EventAudience::audienceId).toList();
	}

	public void setAudienceIds(List<Long> ids) {
		this.audiences = new LinkedHashSet<>();
		ids.stream()
			.filter(java.util.Objects::nonNull)
			.distinct()
			.forEach(id -> this.audiences.add(new EventAudience(id)));
	}

	public void setDescriptionHtml(String descriptionHtml) {
		this.descriptionHtml = HtmlSanitizer.sanitize(descriptionHtml);
	}

	// plain accessors

	public Long getId() { return this.id; }
	public String getUid() { return this.uid; }
	public String getSlug() { return this.slug; }
	public void setSlug(String slug) { this.slug = slug; }
	public String getTitle() { return this.title; }
	public void setTitle(String title) { this.title = title; }
	public String getSubtitle() { return this.subtitle; }
	public void setSubtitle(String subtitle) { this.subtitle = subtitle; }
	public String getSummary() { return this.summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getDescriptionHtml() { return this.descriptionHtml; }
	public EventType getEventType() { return this.eventType; }
	public void setEventType(EventType eventType) { this.eventType = eventType; }
	public AttendanceMode getAttendanceMode() { return this.attendanceMode; }
	public void setAttendanceMode(AttendanceMode attendanceMode) { this.attendanceMode = attendanceMode; }
	public EventStatus getStatus() { return this.status; }
	public LocalDateTime getStartsAt() { return this.startsAt; }
	public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
	public LocalDateTime getEndsAt() { return this.endsAt; }
	public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
	public String getTimeZone() { return this.timeZone; }
	public Long getVenueId() { return this.venueId; }
	public void setVenueId(Long venueId) { this.venueId = venueId; }
	public String getOnlineUrl() { return this.onlineUrl; }
	public void setOnlineUrl(String onlineUrl) { this.onlineUrl = onlineUrl; }
	public Integer getPriceCents() { return this.priceCents; }
	public void setPriceCents(Integer priceCents) { this.priceCents = priceCents; }
	public Integer getCapacity() { return this.capacity; }
	public void setCapacity(Integer capacity) { this.capacity = capacity; }
	public Integer getCapacityOnline() { return this.capacityOnline; }
	public void setCapacityOnline(Integer capacityOnline) { this.capacityOnline = capacityOnline; }
	public LocalDateTime getRegistrationOpensAt() { return this.registrationOpensAt; }
	public void setRegistrationOpensAt(LocalDateTime at) { this.registrationOpensAt = at; }
	public LocalDateTime getRegistrationClosesAt() { return this.registrationClosesAt; }
	public void setRegistrationClosesAt(LocalDateTime at) { this.registrationClosesAt = at; }
	public String getImageUrl() { return this.imageUrl; }
	public void setImageUrl(String imageUrl) { this.imageUrl = imageUrl; }
	public String getImageAlt() { return this.imageAlt; }
	public void setImageAlt(String imageAlt) { this.imageAlt = imageAlt; }
	public String getContactName() { return this.contactName; }
	public void setContactName(String contactName) { this.contactName = contactName; }
	public String getContactEmail() { return this.contactEmail; }
	public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
	public String getContactPhone() { return this.contactPhone; }
	public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
	/** Whether the event names anyone to contact. */
	public boolean hasContact() {
		return this.contactName != null || this.contactEmail != null || this.contactPhone != null;
	}
	public LocalDateTime getPreviousStartsAt() { return this.previousStartsAt; }
	public int getIcsSequence() { return this.icsSequence; }
	public LocalDateTime getCreatedAt() { return this.createdAt; }
	public LocalDateTime getUpdatedAt() { return this.updatedAt; }
	public Set<EventOrganiser> getOrganisers() { return this.organisers; }
	public Set<EventTheme> getThemes() { return this.themes; }
	public Set<EventAudience> getAudiences() { return this.audiences; }
	public Integer getVersion() { return this.version; }

}
