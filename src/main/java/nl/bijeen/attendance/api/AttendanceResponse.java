package nl.bijeen.attendance.api;

import java.util.List;

import nl.bijeen.attendance.Arrivals;

/**
 * The attendance list of an event: counts and everyone with a place.
 */
public record AttendanceResponse(Long eventId, long arrived, int expected, List<CheckInResponse> participants) {

	static AttendanceResponse of(Arrivals arrivals) {
		return new AttendanceResponse(arrivals.eventId(), arrivals.arrived(), arrivals.expected(),
				arrivals.all().stream().map(CheckInResponse::of).toList());
	}

}
