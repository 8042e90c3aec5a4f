package nl.bijeen.mail;

import jakarta.mail.SendFailedException;

import org.springframework.mail.MailSendException;

/**
 * Tells failures that trying again cannot cure from passing ones.
 */
final class Failures {

	private Failures() {
	}

	/**
	 * Whether the mail server refused the recipient for good (a 5xx answer, which Jakarta Mail reports as an
	 * invalid address; 4xx answers are reported as valid but unsent and are worth another try).
	 */
	static boolean isPermanent(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof SendFailedException sendFailed && hasAny(sendFailed.getInvalidAddresses())) {
				return true;
			}
			if (t instanceof MailSendException mailSend) {
				for (Exception nested : mailSend.getFailedMessages().values()) {
					if (nested != t && isPermanent(nested)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean hasAny(Object[] addresses) {
		return addresses != null && addresses.length > 0;
	}

}
