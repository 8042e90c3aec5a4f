package nl.bijeen.registration.mail;

/**
 * What a deferred registration mail needs to be written: the registration, the kind of mail, the personal
 * link token issued with it (if any) and, for a change notice, the notice, as {@code id;KIND;token} or
 * {@code id;KIND;token;noticeId}.
 */
record MailPayload(Long registrationId, MailKind kind, String token, Long noticeId) {

	MailPayload(Long registrationId, MailKind kind, String token) {
		this(registrationId, kind, token, null);
	}

	String encode() {
		return this.registrationId + ";" + this.kind.name() + ";" + (this.token != null ? this.token : "")
				+ (this.noticeId != null ? ";" + this.noticeId : "");
	}

	static MailPayload decode(String payload) {
		String[] parts = payload.split(";", -1);
		if (parts.length != 3 && parts.length != 4) {
			throw new IllegalArgumentException("Not a registration mail payload");
		}
		return new MailPayload(Long.valueOf(parts[0]), MailKind.valueOf(parts[1]), parts[2].isEmpty() ? null : parts[2],
				parts.length == 4 ? Long.valueOf(parts[3]) : null);
	}

}
