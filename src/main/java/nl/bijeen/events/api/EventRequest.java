package nl.bijeen.events.api;

import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.EventContact;
import nl.bijeen.events.EventDetails;
import nl.bijeen.events.EventType;

/**
 * An event as sent to the write API. Times are local wall-clock times in Europe/Amsterdam, e.g.
 * {@code 2027-10-31T09:30}; the first organiser leads.
 */
@Schema(name = "EventWrite")
public record EventRequest(
		@NotBlank @Size(max = 200) String title,
		@Size(max = 300) String subtitle,
		@Schema(description = "Left out: made from the title (new events) or kept (changes).") @Size(max = 160) String slug,
		@Size(max = 1000) String summary,
		@Schema(description = "HTML; unsafe elements and attributes are removed.") String descriptionHtml,
		EventType eventType,
		AttendanceMode attendanceMode,
		@NotNull LocalDateTime startsAt,
		@NotNull LocalDateTime endsAt,
		Long venueId,
		@Schema(description = "Meeting link for online participants; never public.") @Size(max = 500) String onlineUrl,
		@Schema(description = "Price in euro cents; left out or 0 means free.") @PositiveOrZero Integer priceCents,
		@PositiveOrZero Integer capacity,
		@PositiveOrZero Integer capacityOnline,
		LocalDateTime registrationOpensAt,
		LocalDateTime registrationClosesAt,
		@Size(max = 500) String imageUrl,
		@Size(max = 300) String imageAlt,
		List<Long> organiserIds,
		List<Long> themeIds,
		List<Long> audienceIds,
		@Schema(description = "On changes: the version you read; a different stored version gives 409.") Integer version,
		@Schema(description = "Who answers questions about the event; shown on its page and in the registration mails.") @Size(max = 200) String contactName,
		@Size(max = 254) String contactEmail,
		@Size(max = 40) String contactPhone) {

	EventDetails toDetails() {
		return new EventDetails(this.title, this.subtitle, this.slug, this.summary, this.descriptionHtml,
				this.eventType, this.attendanceMode, this.startsAt, this.endsAt, this.venueId, this.onlineUrl,
				this.priceCents, this.capacity, this.capacityOnline, this.registrationOpensAt,
				this.registrationClosesAt, this.imageUrl, this.imageAlt, this.organiserIds, this.themeIds,
				this.audienceIds, new EventContact(this.contactName, this.contactEmail, this.contactPhone));
	}

}
