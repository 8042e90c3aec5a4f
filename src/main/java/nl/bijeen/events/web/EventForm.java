package nl.bijeen.events.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventContact;
import nl.bijeen.events.EventDetails;
import nl.bijeen.events.EventType;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The event form: dates and times as separate inputs, the price as typed, organisers as checkboxes with one
 * marked as leading.
 */
public class EventForm {

	/** Where a rule about a field of {@link EventDetails} shows up on this form. */
	static final Map<String, String> FIELDS = Map.of("startsAt", "startDate", "endsAt", "endDate", "priceCents",
			"price");

	private Integer version;
	private String title;
	private String subtitle;
	private String slug;
	private String summary;
	private String descriptionHtml;
	private EventType eventType = EventType.CONFERENCE;
	private AttendanceMode attendanceMode = AttendanceMode.VENUE;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime startTime;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime endTime;
	private Long venueId;
	private String onlineUrl;
	private String price;
	private Integer capacity;
	private Integer capacityOnline;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime registrationOpensAt;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime registrationClosesAt;
	private String imageUrl;
	private String imageAlt;
	private List<Long> organiserIds = new ArrayList<>();
	private Long leadOrganiserId;
	private List<Long> themeIds = new ArrayList<>();
	private List<Long> audienceIds = new ArrayList<>();
	private String contactName;
	private String contactEmail;
	private String contactPhone;

	static EventForm of(Event event) {
		EventForm form = new EventForm();
		EventDetails d = EventDetails.of(event);
		form.version = event.getVersion();
		form.title = d.title();
		form.subtitle = d.subtitle();
		form.slug = d.slug();
		form.summary = d.summary();
		form.descriptionHtml = d.descriptionHtml();
		form.eventType = d.eventType();
		form.attendanceMode = d.attendanceMode();
		form.startDate = d.startsAt().toLocalDate();
		form.startTime = d.startsAt().toLocalTime();
		form.endDate = d.endsAt().toLocalDate();
		form.endTime = d.endsAt().toLocalTime();
		form.venueId = d.venueId();
		form.onlineUrl = d.onlineUrl();
		form.price = PriceText.format(d.priceCents());
		form.capacity = d.capacity();
		form.capacityOnline = d.capacityOnline();
		form.registrationOpensAt = d.registrationOpensAt();
		form.registrationClosesAt = d.registrationClosesAt();
		form.imageUrl = d.imageUrl();
		form.imageAlt = d.imageAlt();
		form.organiserIds = new ArrayList<>(d.organiserIds());
		form.leadOrganiserId = d.organiserIds().isEmpty() ? null : d.organiserIds().get(0);
		form.themeIds = new ArrayList<>(d.themeIds());
		form.audienceIds = new ArrayList<>(d.audienceIds());
		form.contactName = d.contact().name();
		form.contactEmail = d.contact().email();
		form.contactPhone = d.contact().phone();
		return form;
	}

	/**
	 * The details this form describes; what cannot be read (a price that is no amount, a date without a
	 * time) is reported in {@code errors} and left empty.
	 */
	EventDetails toDetails(Errors errors) {
		Integer priceCents = null;
		try {
			priceCents = PriceText.parseCents(this.price).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("price", "event.price.invalid");
		}
		LocalDateTime startsAt = combine(errors, this.startDate, this.startTime, "startTime");
		LocalDate end = (this.endDate == null && this.endTime != null) ? this.startDate : this.endDate;
		LocalDateTime endsAt = combine(errors, end, this.endTime, "endTime");
		return new EventDetails(this.title, this.subtitle, this.slug, this.summary, this.descriptionHtml,
				this.eventType, this.attendanceMode, startsAt, endsAt, this.venueId, this.onlineUrl, priceCents,
				this.capacity, this.capacityOnline, this.registrationOpensAt, this.registrationClosesAt, this.imageUrl,
				this.imageAlt, organisersLeadFirst(), this.themeIds, this.audienceIds,
				new EventContact(this.contactName, this.contactEmail, this.contactPhone));
	}

	private List<Long> organisersLeadFirst() {
		List<Long> ids = new ArrayList<>(this.organiserIds != null ? this.organiserIds : List.of());
		if (this.leadOrganiserId != null) {
			ids.remove(this.leadOrganiserId);
			ids.add(0, this.leadOrganiserId);
		}
		return ids;
	}

	private static LocalDateTime combine(Errors errors, LocalDate date, LocalTime time, String timeField) {
		if (date != null && time == null && !errors.hasFieldErrors(timeField)) {
			errors.rejectValue(timeField, "event.time.required");
		}
		return (date != null && time != null) ? date.atTime(time) : null;
	}

	// accessors for data binding and the template

	public Integer getVersion() { return this.version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getTitle() { return this.title; }
	public void setTitle(String title) { this.title = title; }
	public String getSubtitle() { return this.subtitle; }
	public void setSubtitle(String subtitle) { this.subtitle = subtitle; }
	public String getSlug() { return this.slug; }
	public void setSlug(String slug) { this.slug = slug; }
	public String getSummary() { return this.summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getDescriptionHtml() { return this.descriptionHtml; }
	public void setDescriptionHtml(String descriptionHtml) { this.descriptionHtml = descriptionHtml; }
	public EventType getEventType() { return this.eventType; }
	public void setEventType(EventType eventType) { this.eventType = eventType; }
	public AttendanceMode getAttendanceMode() { return this.attendanceMode; }
	public void setAttendanceMode(AttendanceMode attendanceMode) { this.attendanceMode = attendanceMode; }
	public LocalDate getStartDate() { return this.startDate; }
	public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
	public LocalTime getStartTime() { return this.startTime; }
	public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
	public LocalDate getEndDate() { return this.endDate; }
	public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
	public LocalTime getEndTime() { return this.endTime; }
	public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
	public Long getVenueId() { return this.venueId; }
	public void setVenueId(Long venueId) { this.venueId = venueId; }
	public String getOnlineUrl() { return this.onlineUrl; }
	public void setOnlineUrl(String onlineUrl) { this.onlineUrl = onlineUrl; }
	public String getPrice() { return this.price; }
	public void setPrice(String price) { this.price = price; }
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
	public List<Long> getOrganiserIds() { return this.organiserIds; }
	public void setOrganiserIds(List<Long> organiserIds) { this.organiserIds = organiserIds; }
	public Long getLeadOrganiserId() { return this.leadOrganiserId; }
	public void setLeadOrganiserId(Long leadOrganiserId) { this.leadOrganiserId = leadOrganiserId; }
	public List<Long> getThemeIds() { return this.themeIds; }
	public void setThemeIds(List<Long> themeIds) { this.themeIds = themeIds; }
	public List<Long> getAudienceIds() { return this.audienceIds; }
	public void setAudienceIds(List<Long> audienceIds) { this.audienceIds = audienceIds; }
	public String getContactName() { return this.contactName; }
	public void setContactName(String contactName) { this.contactName = contactName; }
	public String getContactEmail() { return this.contactEmail; }
	public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
	public String getContactPhone() { return this.contactPhone; }
	public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }

}
