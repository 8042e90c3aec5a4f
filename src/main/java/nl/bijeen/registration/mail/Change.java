package nl.bijeen.registration.mail;

import java.time.LocalDateTime;

import nl.bijeen.events.AttendanceMode;

/**
 * One thing that changed, from the old to the new value (see {@link ChangeField} for how values are
 * written); either may be {@code null} ("none", or for {@link ChangeField#WHEN} "not yet known").
 */
public record Change(ChangeField field, String oldValue, String newValue) {

	public static Change when(LocalDateTime oldStart, LocalDateTime oldEnd, LocalDateTime newStart,
			LocalDateTime newEnd) {
		return new Change(ChangeField.WHEN, range(oldStart, oldEnd), range(newStart, newEnd));
	}

	public static Change mode(AttendanceMode oldMode, AttendanceMode newMode) {
		return new Change(ChangeField.MODE, oldMode != null ? oldMode.name() : null,
				newMode != null ? newMode.name() : null);
	}

	public static Change text(ChangeField field, String oldValue, String newValue) {
		return new Change(field, oldValue, newValue);
	}

	private static String range(LocalDateTime start, LocalDateTime end) {
		return (start == null || end == null) ? null : start + "/" + end;
	}

}
