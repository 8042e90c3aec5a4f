package nl.bijeen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without a session for anonymous visitors of the public forms, in the session for everyone
 * else. A public form shown to a visitor without a session carries a signed token ({@link FormTokens})
 * that is stored nowhere; when the form comes back its token is checked by signature, form and age. The
 * organisers' pages keep their token in their session as before.
 */
public class StatelessCsrfTokenRepository implements CsrfTokenRepository {

	static final String HEADER = "X-CSRF-TOKEN";

	static final String PARAMETER = "_csrf";

	/** The request attribute that tells why a signed token was refused ({@link FormTokens.Check}). */
	static final String REFUSED = StatelessCsrfTokenRepository.class.getName() + ".refused";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final FormTokens tokens;

	public StatelessCsrfTokenRepository(FormTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		String scope = PublicForms.scope(request);
		if (scope != null && request.getSession(false) == null) {
			return new SignedCsrfToken(this.tokens.issue(scope));
		}
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token instanceof SignedCsrfToken) {
			return;
		}
		if (token == null && request.getSession(false) == null) {
			return;
		}
		this.sessions.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		String sent = sent(request);
		if (FormTokens.looksSigned(sent)) {
			FormTokens.Check check = this.tokens.check(sent, PublicForms.scope(request));
			if (check == FormTokens.Check.VALID) {
				return new SignedCsrfToken(sent);
			}
			request.setAttribute(REFUSED, check);
			return null;
		}
		return this.sessions.loadToken(request);
	}

	private static String sent(HttpServletRequest request) {
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			return null;
		}
		String header = request.getHeader(HEADER);
		return (header != null) ? header : request.getParameter(PARAMETER);
	}

	/** A signed token: shown as it is (not masked per response), since it is no lasting secret. */
	record SignedCsrfToken(String token) implements CsrfToken {

		@Override
		public String getHeaderName() {
			return HEADER;
		}

		@Override
		public String getParameterName() {
			return PARAMETER;
		}

		@Override
		public String getToken() {
			return this.token;
		}

	}

}
