package nl.bijeen.registration.mail;

/**
 * What a deferred registration mail needs to be written: the registration, the kind of mail and the
 * personal link token issued with it (if any), as {@code id;KIND;token}.
 */
record MailPayload(Long registrationId, MailKind kind, String token) {

	String encode() {
		return this.registrationId + ";" + this.kind.name() + ";" + (this.token != null ? this.token : "");
	}

	static MailPayload decode(String payload) {
		String[] parts = payload.split(";", -1);
		if (parts.length != 3) {
			throw new IllegalArgumentException("Not a registration mail payload");
		}
		return new MailPayload(Long.valueOf(parts[0]), MailKind.valueOf(parts[1]), parts[2].isEmpty() ? null : parts[2]);
	}

}
