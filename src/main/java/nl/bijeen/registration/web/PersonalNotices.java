package nl.bijeen.registration.web;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.ui.Model;

/**
 * The message after an action on the personal page, carried in the address it leads back to ({@code
 * ?gedaan=gewijzigd}, {@code ?fout=<code>}) rather than in a session: anonymous visitors get no session.
 * Only known outcomes and registration error codes are shown.
 */
final class PersonalNotices {

	static final String DONE = "gedaan";

	static final String FAILED = "fout";

	private static final Map<String, String> DONE_BY_KEY = Map.of("registration.details.saved", "opgeslagen",
			"registration.personal.changed", "gewijzigd", "registration.personal.offerAccepted", "aanbod-aanvaard",
			"registration.personal.cancelled", "geannuleerd");

	private static final Map<String, String> KEY_BY_DONE = Map.of("opgeslagen", "registration.details.saved",
			"gewijzigd", "registration.personal.changed", "aanbod-aanvaard", "registration.personal.offerAccepted",
			"geannuleerd", "registration.personal.cancelled");

	private static final Pattern ERROR_CODE = Pattern.compile("registration\\.[A-Za-z0-9.]{1,80}");

	private PersonalNotices() {
	}

	static String done(String token, String messageKey) {
		return "redirect:/aanmelding/" + token + "?" + DONE + "=" + DONE_BY_KEY.get(messageKey);
	}

	static String failed(String token, String errorCode) {
		return "redirect:/aanmelding/" + token + "?" + FAILED + "=" + errorCode;
	}

	static void show(String done, String failed, Model model) {
		if (done != null && KEY_BY_DONE.containsKey(done)) {
			model.addAttribute("message", KEY_BY_DONE.get(done));
		}
		if (failed != null && ERROR_CODE.matcher(failed).matches()) {
			model.addAttribute("error", failed);
		}
	}

}
