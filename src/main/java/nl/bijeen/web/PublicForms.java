package nl.bijeen.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public forms that anonymous visitors send without a server session, and the scope their signed
 * token is bound to: one event's registration form ({@code /evenementen/{slug}/aanmelden}), one event's
 * form for insights from the room ({@code /evenementen/{slug}/inzichten/delen}) and one personal page with its
 * forms ({@code /aanmelding/{token}/...}), the newsletter's sign-up ({@code /nieuwsbrief})
 * and the forms of one personal newsletter link ({@code /nieuwsbrief/voorkeuren/{token}}), and one personal
 * evaluation link ({@code /evaluatie/{token}}).
 */
public final class PublicForms {

	private PublicForms() {
	}

	/** The scope of the public form this request shows or sends, or null when it is none. */
	public static String scope(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		return scope(path);
	}

	static String scope(String path) {
		String[] segments = path.split("/", -1);
		// segments[0] is the empty string before the leading slash.
		if (segments.length >= 3 && "aanmelding".equals(segments[1]) && !segments[2].isEmpty()) {
			return "/aanmelding/" + segments[2];
		}
		if (segments.length >= 2 && "nieuwsbrief".equals(segments[1])) {
			// the sign-up form, and the forms of one personal newsletter link (/nieuwsbrief/voorkeuren/{token})
			return (segments.length >= 4) ? "/nieuwsbrief/" + segments[2] + "/" + segments[3] : "/nieuwsbrief";
		}
		if (segments.length >= 3 && "evaluatie".equals(segments[1]) && !segments[2].isEmpty()) {
			return "/evaluatie/" + segments[2];
		}
		if (segments.length >= 4 && "evenementen".equals(segments[1]) && !segments[2].isEmpty()
				&& "aanmelden".equals(segments[3])) {
			return "/evenementen/" + segments[2] + "/aanmelden";
		}
		if (segments.length >= 5 && "evenementen".equals(segments[1]) && !segments[2].isEmpty()
				&& "inzichten".equals(segments[3]) && "delen".equals(segments[4])) {
			return "/evenementen/" + segments[2] + "/inzichten/delen";
		}
		return null;
	}

}
