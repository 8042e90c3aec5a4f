package nl.bijeen.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.bijeen.events.EventEditor;
import nl.bijeen.common.WallClockJson;
import nl.bijeen.events.Postponement;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The bodies of the event actions on the write API.
 */
final class EventActionRequests {

	private EventActionRequests() {
	}

	/**
	 * Postpone to {@code newStart} (and {@code newEnd}; left out keeps the length), or with
	 * {@code dateUnknown: true} to a date not yet known. Times as in {@link EventRequest}: ISO-8601 with offset,
	 * or without as wall-clock time in Europe/Amsterdam.
	 */
	@Schema(name = "Postponement")
	record Postpone(
			@JsonDeserialize(using = WallClockJson.Reader.class) @Schema(type = "string", format = "date-time", example = "2027-11-10T09:30:00+01:00") LocalDateTime newStart,
			@JsonDeserialize(using = WallClockJson.Reader.class) @Schema(type = "string", format = "date-time") LocalDateTime newEnd,
			Boolean dateUnknown,
			@Size(max = EventEditor.MAX_MESSAGE) @Schema(description = "A personal message included in the mail to the participants") String message) {

		@AssertTrue(message = "{event.postpone.incomplete}")
		@Schema(hidden = true)
		boolean isComplete() {
			return isDateUnknown() || this.newStart != null;
		}

		private boolean isDateUnknown() {
			return Boolean.TRUE.equals(this.dateUnknown);
		}

		Postponement toPostponement() {
			return isDateUnknown() ? Postponement.dateNotYetKnown() : new Postponement(this.newStart, this.newEnd);
		}

	}

	/**
	 * Cancel, optionally with a personal message that is included in the mail to the participants.
	 */
	@Schema(name = "Cancellation")
	record Cancel(@Size(max = EventEditor.MAX_MESSAGE) String message) {

	}

	/**
	 * Copy to a new draft starting on {@code newStartDate}, at the same time of day.
	 */
	@Schema(name = "Duplication")
	record Duplicate(@NotNull LocalDate newStartDate) {

	}

}
