package nl.bijeen.programme.web;

import java.time.LocalDate;
import java.time.LocalTime;

import nl.bijeen.events.Event;
import nl.bijeen.programme.PartDetails;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.TimetablePart;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form for a programme part: a day of the event with a start and end time on it.
 */
public class PartForm {

	private PartKind kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startsAt;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endsAt;

	/** The version of the stored part or session this form was filled from; detects concurrent changes. */
	private Integer version;

	private String title;

	private String description;

	private String location;

	/**
	 * An empty form for a part on the event's first day.
	 */
	static PartForm on(Event event) {
		PartForm form = new PartForm();
		form.day = event.getStartsAt().toLocalDate();
		return form;
	}

	static PartForm of(TimetablePart part) {
		PartForm form = new PartForm();
		form.kind = part.kind();
		form.day = part.startsAt().toLocalDate();
		form.startsAt = part.startsAt().toLocalTime();
		form.endsAt = part.endsAt().toLocalTime();
		form.title = part.title();
		form.description = part.description();
		form.location = part.location();
		return form;
	}

	PartDetails toDetails() {
		return new PartDetails(this.kind, this.title, this.description,
				(this.day == null || this.startsAt == null) ? null : this.day.atTime(this.startsAt),
				(this.day == null || this.endsAt == null) ? null : this.day.atTime(this.endsAt), this.location);
	}

	public PartKind getKind() { return this.kind; }
	public void setKind(PartKind kind) { this.kind = kind; }
	public LocalDate getDay() { return this.day; }
	public void setDay(LocalDate day) { this.day = day; }
	public LocalTime getStartsAt() { return this.startsAt; }
	public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
	public LocalTime getEndsAt() { return this.endsAt; }
	public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
	public Integer getVersion() { return this.version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getTitle() { return this.title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = description; }
	public String getLocation() { return this.location; }
	public void setLocation(String location) { this.location = location; }

}
