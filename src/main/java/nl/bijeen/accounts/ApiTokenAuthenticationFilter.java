package nl.bijeen.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}: the principal is the token's
 * {@link nl.bijeen.rights.ApiClient}.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private final ApiTokenService tokens;

	ApiTokenAuthenticationFilter(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			this.tokens.authenticate(header.substring(7).trim()).ifPresent(client -> {
				// what the token may do is decided by the rights module from the client (organisation, scopes)
				var authentication = UsernamePasswordAuthenticationToken.authenticated(client, null,
						AuthorityUtils.createAuthorityList("ROLE_ORGANISER"));
				SecurityContextHolder.getContext().setAuthentication(authentication);
			});
		}
		chain.doFilter(request, response);
	}

}
