package nl.bijeen.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.EventCriteria;
import nl.bijeen.events.EventType;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of {@code GET /api/events}, the same as those of the agenda.
 */
record EventFilter(
		@Parameter(description = "Slug of a theme, e.g. `empowerment`") String theme,
		@Parameter(description = "Slug of an audience, e.g. `beleidsmakers`") String audience,
		@Parameter(description = "Kind of event") EventType type,
		@Parameter(description = "Attendance mode") AttendanceMode mode,
		@Parameter(description = "Slug of an organising organisation, e.g. `movisie`") String organisation,
		@Parameter(description = "Events starting on or after this date (yyyy-MM-dd)") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@Parameter(description = "Events starting on or before this date (yyyy-MM-dd)") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
		@Parameter(description = "Words in the title, subtitle or summary") @Size(max = 100) String q,
		@Parameter(description = "`true` for the archive of past events, newest first") Boolean past,
		@Parameter(description = "Page number, from 0") @Min(0) @Max(100_000) Integer page,
		@Parameter(description = "Items per page, 1 to 100 (default 20)") @Min(1) @Max(ApiPage.MAX_SIZE) Integer size) {

	int pageOrDefault() {
		return this.page != null ? this.page : 0;
	}

	int sizeOrDefault() {
		return this.size != null ? this.size : ApiPage.DEFAULT_SIZE;
	}

	boolean archive() {
		return Boolean.TRUE.equals(this.past);
	}

	/**
	 * What to look for in the one event search shared with the agenda: {@code q} as one phrase, {@code mode}
	 * exactly, {@code from} and {@code to} as whole days.
	 */
	EventCriteria toCriteria(LocalDateTime now) {
		return (archive() ? EventCriteria.past(now) : EventCriteria.upcoming(now)).theme(this.theme)
			.audience(this.audience)
			.organisation(this.organisation)
			.type(this.type)
			.modes(this.mode != null ? List.of(this.mode) : List.of())
			.startingBetween(this.from != null ? this.from.atStartOfDay() : null,
					this.to != null ? this.to.plusDays(1).atStartOfDay() : null)
			.words(this.q != null ? List.of(this.q) : List.of());
	}

	@AssertTrue(message = "{api.filter.period}")
	@Parameter(hidden = true)
	boolean isPeriod() {
		return this.from == null || this.to == null || !this.to.isBefore(this.from);
	}

}
