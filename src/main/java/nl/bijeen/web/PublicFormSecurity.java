package nl.bijeen.web;

import org.springframework.stereotype.Component;

/**
 * What the web security chain needs for public forms without a session: the token repository, the
 * request handler and the refusal page.
 */
@Component
public class PublicFormSecurity {

	private final StatelessCsrfTokenRepository repository;

	private final StatelessCsrfRequestHandler requestHandler = new StatelessCsrfRequestHandler();

	private final PublicFormAccessDeniedHandler accessDeniedHandler = new PublicFormAccessDeniedHandler();

	PublicFormSecurity(FormTokens tokens) {
		this.repository = new StatelessCsrfTokenRepository(tokens);
	}

	public StatelessCsrfTokenRepository repository() {
		return this.repository;
	}

	public StatelessCsrfRequestHandler requestHandler() {
		return this.requestHandler;
	}

	public PublicFormAccessDeniedHandler accessDeniedHandler() {
		return this.accessDeniedHandler;
	}

}
