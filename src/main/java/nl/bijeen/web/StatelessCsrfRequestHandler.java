package nl.bijeen.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.function.SingletonSupplier;

/**
 * Puts the CSRF token in the request for the templates, and reads the one sent back: a session's token
 * masked anew for every response (Spring Security's default, against BREACH), a signed token of a public
 * form as it is. Which one it is is decided only when a form asks for it, so pages without a form load no
 * token at all.
 */
public class StatelessCsrfRequestHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> deferred) {
		this.masked.handle(request, response, deferred);
		CsrfToken maskedToken = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Supplier<CsrfToken> chosen = SingletonSupplier.of(() -> {
			CsrfToken token = deferred.get();
			return (token instanceof StatelessCsrfTokenRepository.SignedCsrfToken) ? token : maskedToken;
		});
		CsrfToken lazy = new LazyCsrfToken(chosen);
		request.setAttribute(CsrfToken.class.getName(), lazy);
		request.setAttribute(StatelessCsrfTokenRepository.PARAMETER, lazy);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		return (token instanceof StatelessCsrfTokenRepository.SignedCsrfToken)
				? this.plain.resolveCsrfTokenValue(request, token) : this.masked.resolveCsrfTokenValue(request, token);
	}

	private record LazyCsrfToken(Supplier<CsrfToken> token) implements CsrfToken {

		@Override
		public String getHeaderName() {
			return this.token.get().getHeaderName();
		}

		@Override
		public String getParameterName() {
			return this.token.get().getParameterName();
		}

		@Override
		public String getToken() {
			return this.token.get().getToken();
		}

	}

}
