package nl.bijeen.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.bijeen.common.WallClockJson;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventContact;
import nl.bijeen.events.EventDetails;
import nl.bijeen.events.EventType;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An event as sent to the write API: the same fields and structure as the read API's event
 * ({@link EventDetailResponse}), so an event read can be sent back as it is. What only the read side knows
 * ({@code id}, {@code status}, {@code previousStartsAt}, {@code timeZone}, {@code registration.open},
 * {@code contributors}, {@code programme}, the names in references) is accepted and ignored; of a
 * reference only the {@code id} counts. The first organiser leads.
 * <p>
 * Times are ISO-8601. With an offset ({@code Z}, {@code +01:00}, {@code +02:00}) they are converted to the
 * wall-clock time in Europe/Amsterdam at that instant; without an offset they are taken as wall-clock time in
 * Europe/Amsterdam.
 */
@Schema(name = "EventWrite", description = """
		An event in the format of the read API (GET /api/events/{idOrSlug}); read-only fields are ignored, of \
		references only the id counts. Times are ISO-8601 with an offset (Z, +01:00, +02:00), converted to the \
		wall-clock time in Europe/Amsterdam; a time without offset is taken as wall-clock time in \
		Europe/Amsterdam.""")
@JsonIgnoreProperties(ignoreUnknown = true)
record EventRequest(
		@NotBlank @Size(max = 200) String title,
		@Size(max = 300) String subtitle,
		@Schema(description = "Left out: made from the title (new events) or kept (changes).") @Size(max = 160) String slug,
		@Size(max = 1000) String summary,
		@Schema(description = "HTML; unsafe elements and attributes are removed. Sent back as read (images from "
				+ "hosts that are not allowed left out), the stored description is kept as it is.") String descriptionHtml,
		EventType type,
		AttendanceMode mode,
		@NotNull @JsonDeserialize(using = WallClockJson.Reader.class) @Schema(type = "string", format = "date-time", example = "2027-11-10T09:30:00+01:00") LocalDateTime startsAt,
		@NotNull @JsonDeserialize(using = WallClockJson.Reader.class) @Schema(type = "string", format = "date-time", example = "2027-11-10T16:30:00+01:00") LocalDateTime endsAt,
		@Valid IdRef venue,
		@Schema(description = "Meeting link for online participants; never public, so never read back. Left out on "
				+ "a change: the stored link is kept; an empty text removes it.") @Size(max = 500) String onlineUrl,
		@Valid Price price,
		@Valid Capacity capacity,
		@Valid Registration registration,
		@Size(max = 500) String imageUrl,
		@Size(max = 300) String imageAlt,
		List<@Valid IdRef> organisers,
		List<@Valid IdRef> themes,
		List<@Valid IdRef> audiences,
		@Valid Contact contact,
		@Schema(description = "On changes: the version you read; a different stored version gives 409.") Integer version) {

	/**
	 * The domain's field names in {@link nl.bijeen.events.InvalidEventException} as the fields of this request.
	 */
	static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("eventType", "type"),
			Map.entry("attendanceMode", "mode"),
			Map.entry("venueId", "venue"),
			Map.entry("priceCents", "price.amountCents"),
			Map.entry("capacityOnline", "capacity.online"),
			Map.entry("registrationOpensAt", "registration.opensAt"),
			Map.entry("registrationClosesAt", "registration.closesAt"),
			Map.entry("organiserIds", "organisers"),
			Map.entry("themeIds", "themes"),
			Map.entry("audienceIds", "audiences"),
			Map.entry("contactName", "contact.name"),
			Map.entry("contactEmail", "contact.email"),
			Map.entry("contactPhone", "contact.phone"));

	/** A reference to another resource by its id; other fields (slug, name, …) are ignored. */
	@Schema(name = "IdRef", description = "A reference by id; other fields (slug, name, …) are ignored")
	@JsonIgnoreProperties(ignoreUnknown = true)
	record IdRef(@NotNull Long id) {
	}

	/** The price: free, or an amount in euro cents. */
	@Schema(name = "PriceWrite")
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Price(Boolean free, @Schema(description = "Amount in euro cents") @PositiveOrZero Integer amountCents,
			@Schema(example = "EUR") @Pattern(regexp = "EUR", message = "{api.event.currency}") String currency) {

		Integer cents() {
			return Boolean.TRUE.equals(this.free) ? null : this.amountCents;
		}

	}

	/** The places on site and online; left out means no limit. */
	@Schema(name = "CapacityWrite")
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Capacity(@PositiveOrZero Integer venue, @PositiveOrZero Integer online) {
	}

	/** When registration opens and closes. */
	@Schema(name = "RegistrationWindowWrite")
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Registration(
			@JsonDeserialize(using = WallClockJson.Reader.class) @Schema(type = "string", format = "date-time") LocalDateTime opensAt,
			@JsonDeserialize(using = WallClockJson.Reader.class) @Schema(type = "string", format = "date-time") LocalDateTime closesAt) {
	}

	/** Who answers questions about the event; shown on its page and in the registration mails. */
	@Schema(name = "ContactWrite")
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Contact(@Size(max = 200) String name, @Size(max = 254) String email, @Size(max = 40) String phone) {
	}

	/**
	 * The details of a new event.
	 */
	EventDetails toDetails() {
		return details(null, this.descriptionHtml);
	}

	/**
	 * The details to store in place of those of {@code stored}. The meeting link stored so far is kept when
	 * this request leaves it out. A description sent back as the read API shows it ({@code shownDescription},
	 * without the images it leaves out) keeps the stored description, images included, so that reading an
	 * event and sending it back loses nothing.
	 */
	EventDetails toDetails(Event stored, String shownDescription) {
		String description = Objects.equals(this.descriptionHtml, shownDescription) ? stored.getDescriptionHtml()
				: this.descriptionHtml;
		return details(stored.getOnlineUrl(), description);
	}

	private EventDetails details(String storedOnlineUrl, String descriptionHtml) {
		return new EventDetails(this.title, this.subtitle, this.slug, this.summary, descriptionHtml, this.type,
				this.mode, this.startsAt, this.endsAt, this.venue != null ? this.venue.id() : null,
				this.onlineUrl != null ? this.onlineUrl : storedOnlineUrl, this.price != null ? this.price.cents() : null,
				this.capacity != null ? this.capacity.venue() : null,
				this.capacity != null ? this.capacity.online() : null,
				this.registration != null ? this.registration.opensAt() : null,
				this.registration != null ? this.registration.closesAt() : null, this.imageUrl, this.imageAlt,
				ids(this.organisers), ids(this.themes), ids(this.audiences),
				this.contact != null ? new EventContact(this.contact.name(), this.contact.email(), this.contact.phone())
						: null);
	}

	private static List<Long> ids(List<IdRef> refs) {
		return refs == null ? List.of() : refs.stream().filter(Objects::nonNull).map(IdRef::id).toList();
	}

}
