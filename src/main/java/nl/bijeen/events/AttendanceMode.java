package nl.bijeen.events;

/**
 * Where participants attend: at a venue, online, or both.
 */
public enum AttendanceMode {

	VENUE("OfflineEventAttendanceMode"), ONLINE("OnlineEventAttendanceMode"), HYBRID("MixedEventAttendanceMode");

	private final String schemaOrg;

	AttendanceMode(String schemaOrg) {
		this.schemaOrg = schemaOrg;
	}

	/**
	 * The schema.org EventAttendanceModeEnumeration member, e.g. {@code OfflineEventAttendanceMode}.
	 */
	public String schemaOrg() {
		return this.schemaOrg;
	}

	public boolean hasVenue() {
		return this != ONLINE;
	}

	public boolean isOnline() {
		return this != VENUE;
	}

}
