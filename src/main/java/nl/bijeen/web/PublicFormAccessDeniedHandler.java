package nl.bijeen.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A public form sent without a valid token (missing, forged, for another form, or too old) is refused with
 * a page that says so and links back to the form, with status 403; nothing is stored. Other refusals get
 * the usual 403 page.
 */
public class PublicFormAccessDeniedHandler implements AccessDeniedHandler {

	/** Request attribute for the error page: the form to load again. */
	static final String FORM = "publicFormRefused";

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		String scope = PublicForms.scope(request);
		if (denied instanceof CsrfException && scope != null) {
			request.setAttribute(FORM, scope);
			request.setAttribute("publicFormExpired",
					request.getAttribute(StatelessCsrfTokenRepository.REFUSED) == FormTokens.Check.EXPIRED);
		}
		this.otherwise.handle(request, response, denied);
	}

}
