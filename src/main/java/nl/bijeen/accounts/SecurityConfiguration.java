package nl.bijeen.accounts;

import nl.bijeen.web.PublicFormSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three security chains: a stateless one for the REST API (bearer tokens, problem+json errors), a stateless
 * one for the management endpoints (HTTP Basic for machines) and a session one for the web pages (form login
 * with throttling and an optional second factor, CSRF, organiser area under /admin, no HTTP Basic).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] ORGANISER_ROLES = { "ADMIN", "ORGANISER" };

	/**
	 * No observation per security filter, authentication and authorization: HTTP requests are observed as a
	 * whole already, and wrapping every filter of every request costs more than it tells.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens) throws Exception {
		ProblemJsonSecurityHandler problems = new ProblemJsonSecurityHandler();
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless clients: no saved requests to return to, no session to log out of.
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, "/api/events/*/registrations").permitAll()
				.requestMatchers("/api/registrations/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/events/*/registrations", "/api/events/*/registrations.csv",
						"/api/events/*/registrations.xlsx",
						"/api/events/*/registrations/**", "/api/events/*/check-ins", "/api/events/*/check-ins/**",
						"/api/events/*/sessions/*/check-ins", "/api/events/*/sessions/*/check-ins/**", "/api/events/*/mailings", "/api/events/*/evaluation")
				.hasAnyRole(ORGANISER_ROLES)
				.requestMatchers("/api/admin/**").hasAnyRole(ORGANISER_ROLES)
				.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
				.anyRequest().hasAnyRole(ORGANISER_ROLES));
		return http.build();
	}

	@Bean
	ThrottledAuthenticationProvider throttledAuthenticationProvider(AccountUserDetailsService users,
			PasswordEncoder passwordEncoder, SignInThrottle throttle) {
		return new ThrottledAuthenticationProvider(users, passwordEncoder, throttle);
	}

	/**
	 * The management endpoints, for machines: HTTP Basic (only here), no session. Health is public.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain managementSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.anyRequest().hasRole("ADMIN"))
			.httpBasic(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http, SignIns signIns, AccountStore store,
			AccountPolicyProperties properties, PublicFormSecurity publicForms) throws Exception {
		// Anonymous visitors get no session: the public forms carry a signed token instead (see PublicFormSecurity).
		http.csrf(csrf -> csrf.csrfTokenRepository(publicForms.repository())
			.csrfTokenRequestHandler(publicForms.requestHandler())
			// One-click unsubscribing (RFC 8058): the mail program posts without a form token; the unguessable
			// personal token in the path is what authorises it, and it can only unsubscribe.
			.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
				.matcher(HttpMethod.POST, "/nieuwsbrief/afmelden/{token}")))
			.exceptionHandling(e -> e.accessDeniedHandler(publicForms.accessDeniedHandler()))
			.authorizeHttpRequests(auth -> auth
				// Who may do what under /admin is decided per route by the rights module (@Guard).
				.requestMatchers("/admin/**").hasAnyRole(ORGANISER_ROLES)
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(signIns::passwordAccepted)
				.failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
						+ ((exception instanceof SignInThrottled throttled) ? "/login?wait=" + throttled.seconds()
								: "/login?error")))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
			.addFilterBefore(new AccountSessionFilter(store, properties), AuthorizationFilter.class)
			.headers(headers -> headers
				.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
								+ "script-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'")));
		return http.build();
	}

}
