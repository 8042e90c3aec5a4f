package nl.bijeen.rights;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.accounts.AccountSeeds;
import nl.bijeen.accounts.ApiTokenService;
import nl.bijeen.content.ArticleKind;
import nl.bijeen.content.ContentSeeds;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The authorisation matrix: every route under {@code /admin} and {@code /api}, taken from Spring's handler
 * mapping, is called by every role of organisation A, by organisation B's administrator (foreign), without
 * signing in, and on the API with tokens of A (all scopes, and read only), of B and of the platform. Each answer
 * must be what this table expects: through the rights check, 404 (no existence leak), 403 (a token without the
 * scope), or the sign-in. A route missing from the table fails the test, so a route added later needs a rule
 * here and in its controller ({@link Guard}).
 * <p>
 * What a handler does after the rights check is not part of this test (a stop after the check answers 299
 * instead of running it, so nothing is changed while the matrix is walked); lists and grants are tested in
 * {@link RightsContract}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(AuthorisationMatrixContract.StopAfterRights.class)
@Transactional
abstract class AuthorisationMatrixContract {

	/** The status the stop after the rights check answers with. */
	static final int PASSED = 299;

	/**
	 * Every organiser route (method, path as mapped) and the rule it must follow. API routes that need a scope
	 * other than READ for GET and WRITE otherwise name it.
	 */
	static final String ROUTES = """
			GET /admin SIGNED_IN
			GET /admin/ SIGNED_IN
			GET /admin/design PLATFORM
			GET /admin/events EVENTS
			POST /admin/events CREATE_EVENT
			GET /admin/events/new CREATE_EVENT
			GET /admin/events/{id} EVENT
			POST /admin/events/{id} EVENT
			GET /admin/events/{id}/edit EVENT
			GET /admin/events/{id}/preview EVENT
			POST /admin/events/{id}/publish EVENT
			POST /admin/events/{id}/unpublish EVENT
			GET /admin/events/{id}/cancel EVENT
			POST /admin/events/{id}/cancel EVENT
			GET /admin/events/{id}/postpone EVENT
			POST /admin/events/{id}/postpone EVENT
			POST /admin/events/{id}/duplicate EVENT
			POST /admin/events/{id}/delete EVENT
			GET /admin/events/{eventId}/programme EVENT
			GET /admin/events/{eventId}/programme/parts/new EVENT
			POST /admin/events/{eventId}/programme/parts EVENT
			GET /admin/events/{eventId}/programme/parts/{partId}/edit EVENT
			POST /admin/events/{eventId}/programme/parts/{partId} EVENT
			GET /admin/events/{eventId}/programme/parts/{partId}/delete EVENT
			POST /admin/events/{eventId}/programme/parts/{partId}/delete EVENT
			GET /admin/events/{eventId}/programme/parts/{partId}/sessions/new EVENT
			POST /admin/events/{eventId}/programme/parts/{partId}/sessions EVENT
			GET /admin/events/{eventId}/programme/sessions/{sessionId}/edit EVENT
			POST /admin/events/{eventId}/programme/sessions/{sessionId} EVENT
			POST /admin/events/{eventId}/programme/sessions/{sessionId}/move EVENT
			GET /admin/events/{eventId}/programme/sessions/{sessionId}/delete EVENT
			POST /admin/events/{eventId}/programme/sessions/{sessionId}/delete EVENT
			GET /admin/events/{eventId}/programme/contributions/new EVENT
			POST /admin/events/{eventId}/programme/contributions EVENT
			POST /admin/events/{eventId}/programme/contributions/{contributionId}/move EVENT
			POST /admin/events/{eventId}/programme/contributions/{contributionId}/delete EVENT
			GET /admin/events/{eventId}/registrations EVENT
			GET /admin/events/{eventId}/registrations/sessions/{sessionId} EVENT
			GET /admin/events/{eventId}/registrations.csv EVENT
			GET /admin/events/{eventId}/registrations/sessions/{sessionId}.csv EVENT
			GET /admin/events/{eventId}/registrations.xlsx EVENT
			GET /admin/events/{eventId}/badges.pdf EVENT
			GET /admin/events/{eventId}/certificates EVENT
			GET /admin/events/{eventId}/dashboard EVENT
			GET /admin/dashboard EVENTS
			GET /admin/dashboard.csv EVENTS
			POST /admin/events/{eventId}/certificates/send EVENT
			GET /admin/events/{eventId}/certificates.pdf EVENT
			GET /admin/events/{eventId}/evaluation EVENT
			POST /admin/events/{eventId}/evaluation/defaults EVENT
			POST /admin/events/{eventId}/evaluation/questions EVENT
			POST /admin/events/{eventId}/evaluation/questions/{questionId} EVENT
			POST /admin/events/{eventId}/evaluation/questions/{questionId}/delete EVENT
			POST /admin/events/{eventId}/evaluation/questions/{questionId}/move EVENT
			POST /admin/events/{eventId}/evaluation/settings EVENT
			POST /admin/events/{eventId}/evaluation/open EVENT
			POST /admin/events/{eventId}/evaluation/send EVENT
			GET /admin/events/{eventId}/evaluation/results EVENT
			GET /admin/events/{eventId}/evaluation/results.csv EVENT
			GET /admin/events/{eventId}/evaluation/results.xlsx EVENT
			GET /admin/events/{eventId}/pe-online/{register}.txt EVENT
			GET /admin/events/{eventId}/mailings EVENT
			POST /admin/events/{eventId}/mailings EVENT
			GET /admin/events/{eventId}/mailings/new EVENT
			GET /admin/events/{eventId}/mailings/{mailingId} EVENT
			POST /admin/events/{eventId}/mailings/{mailingId} EVENT
			GET /admin/events/{eventId}/mailings/{mailingId}/edit EVENT
			POST /admin/events/{eventId}/mailings/{mailingId}/test EVENT
			GET /admin/events/{eventId}/mailings/{mailingId}/send EVENT
			POST /admin/events/{eventId}/mailings/{mailingId}/send EVENT
			POST /admin/events/{eventId}/mailings/{mailingId}/delete EVENT
			GET /admin/registers PLATFORM
			POST /admin/registers PLATFORM
			GET /admin/registers/new PLATFORM
			GET /admin/registers/{code}/edit PLATFORM
			POST /admin/registers/{code} PLATFORM
			GET /admin/events/{eventId}/materials EVENT
			POST /admin/events/{eventId}/materials EVENT
			GET /admin/events/{eventId}/materials/{materialId}/delete EVENT
			POST /admin/events/{eventId}/materials/{materialId}/delete EVENT
			GET /admin/events/{eventId}/presence-list.pdf EVENT
			GET /admin/events/{eventId}/check-in CHECK_IN
			POST /admin/events/{eventId}/check-in CHECK_IN
			POST /admin/events/{eventId}/check-in/{registrationId} CHECK_IN
			POST /admin/events/{eventId}/check-in/{registrationId}/undo CHECK_IN
			GET /admin/events/{eventId}/check-in/live CHECK_IN
			POST /admin/events/{eventId}/check-in/walk-in CHECK_IN
			GET /admin/events/{eventId}/inzichten EVENT
			POST /admin/events/{eventId}/inzichten/{insightId}/approve EVENT
			POST /admin/events/{eventId}/inzichten/{insightId}/reject EVENT
			GET /admin/events/{eventId}/registrations/sessions/{sessionId}.xlsx EVENT
			GET /admin/events/{eventId}/registrations/{registrationId}/cancel EVENT
			GET /admin/events/{eventId}/registrations/{registrationId}/reject EVENT
			POST /admin/events/{eventId}/registrations/{registrationId}/cancel EVENT
			POST /admin/events/{eventId}/registrations/{registrationId}/move EVENT
			POST /admin/events/{eventId}/registrations/{registrationId}/approve EVENT
			POST /admin/events/{eventId}/registrations/{registrationId}/reject EVENT
			POST /admin/events/{eventId}/registrations/{registrationId}/promote EVENT
			GET /admin/events/{eventId}/approvals EVENT
			POST /admin/events/{eventId}/approvals/{registrationId}/approve EVENT
			POST /admin/events/{eventId}/approvals/{registrationId}/reject EVENT
			GET /admin/events/{eventId}/registration-settings EVENT
			POST /admin/events/{eventId}/registration-settings EVENT
			POST /admin/events/{eventId}/registration-settings/questions EVENT
			GET /admin/events/{eventId}/registration-settings/questions/{questionId} EVENT
			POST /admin/events/{eventId}/registration-settings/questions/{questionId} EVENT
			POST /admin/events/{eventId}/registration-settings/questions/{questionId}/delete EVENT
			GET /admin/themes PLATFORM
			POST /admin/themes PLATFORM
			GET /admin/themes/new PLATFORM
			GET /admin/themes/{id}/edit PLATFORM
			POST /admin/themes/{id} PLATFORM
			POST /admin/themes/{id}/delete PLATFORM
			GET /admin/audiences PLATFORM
			POST /admin/audiences PLATFORM
			GET /admin/audiences/new PLATFORM
			GET /admin/audiences/{id}/edit PLATFORM
			POST /admin/audiences/{id} PLATFORM
			POST /admin/audiences/{id}/delete PLATFORM
			GET /admin/venues ORGANISATION
			POST /admin/venues ORGANISATION
			GET /admin/venues/new ORGANISATION
			GET /admin/venues/{id}/edit VENUE
			POST /admin/venues/{id} VENUE
			POST /admin/venues/{id}/delete VENUE
			GET /admin/people ORGANISATION
			POST /admin/people ORGANISATION
			GET /admin/people/new ORGANISATION
			GET /admin/people/{id}/edit PERSON
			POST /admin/people/{id} PERSON
			POST /admin/people/{id}/delete PERSON
			GET /admin/organisations ORGANISATION
			POST /admin/organisations PLATFORM
			GET /admin/organisations/new PLATFORM
			GET /admin/organisations/{id}/edit OWN_ORGANISATION
			POST /admin/organisations/{id} OWN_ORGANISATION
			POST /admin/organisations/{id}/delete PLATFORM
			GET /admin/mail ORGANISATION
			POST /admin/mail/{id}/retry ORGANISATION
			POST /admin/mail/retry-dead ORGANISATION
			GET /admin/pages PLATFORM
			GET /admin/pages/{slug} PLATFORM
			POST /admin/pages/{slug} PLATFORM
			GET /admin/tokens ORGANISATION
			POST /admin/tokens ORGANISATION
			POST /admin/tokens/{id}/revoke ORGANISATION
			GET /admin/accounts ORGANISATION
			GET /admin/accounts/{id} ACCOUNT
			POST /admin/accounts/{id}/role ACCOUNT
			POST /admin/accounts/{id}/grants ACCOUNT
			POST /admin/accounts/{id}/grants/revoke ACCOUNT
			POST /admin/accounts/{id}/enabled ACCOUNT
			GET /admin/accounts/invite ORGANISATION
			POST /admin/accounts/invite ORGANISATION
			POST /admin/accounts/{id}/invite ACCOUNT
			GET /admin/account/password SIGNED_IN
			POST /admin/account/password SIGNED_IN
			GET /admin/account/two-factor SIGNED_IN
			POST /admin/account/two-factor SIGNED_IN
			POST /admin/account/two-factor/recovery-codes SIGNED_IN
			POST /admin/account/two-factor/disable SIGNED_IN
			GET /admin/audit ORGANISATION
			GET /admin/audit.csv ORGANISATION
			GET /admin/articles CONTENT
			POST /admin/articles CONTENT
			GET /admin/articles/new CONTENT
			GET /admin/articles/{id} ARTICLE
			POST /admin/articles/{id} ARTICLE
			GET /admin/articles/{id}/delete ARTICLE
			POST /admin/articles/{id}/delete ARTICLE
			GET /admin/articles/{id}/materials ARTICLE
			POST /admin/articles/{id}/materials ARTICLE
			GET /admin/articles/{id}/materials/{materialId}/delete ARTICLE
			POST /admin/articles/{id}/materials/{materialId}/delete ARTICLE
			GET /admin/newsletter CONTENT
			POST /admin/newsletter CONTENT
			GET /admin/newsletter/new CONTENT
			GET /admin/newsletter/{id} CONTENT
			POST /admin/newsletter/{id} CONTENT
			GET /admin/newsletter/{id}/preview CONTENT
			GET /admin/newsletter/{id}/send CONTENT
			POST /admin/newsletter/{id}/send CONTENT
			POST /admin/newsletter/{id}/test CONTENT
			GET /admin/newsletter/subscribers.csv PLATFORM
			GET /admin/dossiers PLATFORM
			GET /admin/dossiers/{slug} PLATFORM
			POST /admin/dossiers/{slug} PLATFORM
			GET /admin/privacy ORGANISATION
			POST /admin/privacy/wissen ORGANISATION
			GET /admin/privacy/verwerkingsregister ORGANISATION
			GET /admin/privacy/verwerkingsregister.csv ORGANISATION
			GET /api/articles PUBLIC
			GET /api/articles/{slug} PUBLIC
			GET /api/search PUBLIC
			GET /api/events/{id}/materials PUBLIC
			GET /api/articles/{slug}/materials PUBLIC
			GET /api/events PUBLIC
			GET /api/events/{idOrSlug} PUBLIC
			POST /api/events CREATE_EVENT
			PUT /api/events/{id} EVENT
			POST /api/events/{id}/publish EVENT
			POST /api/events/{id}/cancel EVENT
			POST /api/events/{id}/postpone EVENT
			POST /api/events/{id}/duplicate EVENT
			DELETE /api/events/{id} EVENT
			GET /api/events/{id}/registrations EVENT REGISTRATIONS
			GET /api/events/{id}/mailings EVENT
			GET /api/events/{id}/evaluation EVENT
			GET /api/events/{id}/registrations.csv EVENT REGISTRATIONS
			GET /api/events/{id}/registrations.xlsx EVENT REGISTRATIONS
			POST /api/events/{id}/check-ins CHECK_IN REGISTRATIONS
			GET /api/events/{id}/check-ins CHECK_IN REGISTRATIONS
			DELETE /api/events/{id}/check-ins/{registrationId} CHECK_IN REGISTRATIONS
			POST /api/events/{id}/sessions/{sessionId}/check-ins CHECK_IN REGISTRATIONS
			GET /api/events/{id}/sessions/{sessionId}/check-ins CHECK_IN REGISTRATIONS
			DELETE /api/events/{id}/sessions/{sessionId}/check-ins/{registrationId} CHECK_IN REGISTRATIONS
			POST /api/events/{eventId}/registrations PUBLIC
			GET /api/registrations/{token} PUBLIC
			PATCH /api/registrations/{token} PUBLIC
			DELETE /api/registrations/{token} PUBLIC
			GET /api/people PUBLIC
			GET /api/people/{idOrSlug} PUBLIC
			POST /api/people ORGANISATION
			PUT /api/people/{id} PERSON
			GET /api/organisations PUBLIC
			GET /api/organisations/{idOrSlug} PUBLIC
			POST /api/organisations PLATFORM
			PUT /api/organisations/{id} OWN_ORGANISATION
			GET /api/themes PUBLIC
			GET /api/audiences PUBLIC
			POST /api/themes PLATFORM
			PUT /api/themes/{id} PLATFORM
			POST /api/audiences PLATFORM
			PUT /api/audiences/{id} PLATFORM
			POST /api/venues ORGANISATION
			PUT /api/venues/{id} VENUE
			""";

	/** Who may pass each rule, for the fixture's targets (A's event, person, organisation, accounts, venue, article). */
	static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
			Map.entry("PUBLIC", Set.of("anonymous", "platform", "adminA", "managerA", "editorA", "volunteerA", "adminB")),
			Map.entry("SIGNED_IN", Set.of("platform", "adminA", "managerA", "editorA", "volunteerA", "adminB")),
			Map.entry("EVENTS", Set.of("platform", "adminA", "managerA", "adminB")),
			Map.entry("CREATE_EVENT", Set.of("platform", "adminA", "adminB")),
			Map.entry("EVENT", Set.of("platform", "adminA", "managerA")),
			Map.entry("CHECK_IN", Set.of("platform", "adminA", "managerA", "volunteerA")),
			Map.entry("ORGANISATION", Set.of("platform", "adminA", "adminB")),
			Map.entry("OWN_ORGANISATION", Set.of("platform", "adminA")),
			Map.entry("PERSON", Set.of("platform", "adminA")),
			Map.entry("VENUE", Set.of("platform", "adminA")),
			Map.entry("ARTICLE", Set.of("platform", "adminA", "editorA")),
			Map.entry("ACCOUNT", Set.of("platform", "adminA")),
			Map.entry("CONTENT", Set.of("platform", "adminA", "editorA", "adminB")),
			Map.entry("PLATFORM", Set.of("platform")));

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	PeopleSeeds people;

	@Autowired
	EventSeeds events;

	@Autowired
	AccountSeeds accounts;

	@Autowired
	Memberships memberships;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	ContentSeeds content;

	RightsFixture fixture;

	/** A draft article linked to organisation A. */
	long articleA;

	@BeforeEach
	void createFixture() {
		this.fixture = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
		this.articleA = this.content.article(new ContentSeeds.ArticleSeed("matrix-" + this.fixture.venueA(),
				ArticleKind.NEWS, "Artikel van A", null, "Tekst.", null, null, List.of(), List.of(),
				List.of(this.fixture.organisationA()), Map.of()));
	}

	/** Stops every request that passed the rights check before its handler runs. */
	@TestConfiguration
	static class StopAfterRights implements WebMvcConfigurer {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new HandlerInterceptor() {
				@Override
				public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
					response.setStatus(PASSED);
					return false;
				}
			}).order(Ordered.LOWEST_PRECEDENCE);
		}

	}

	record Route(String method, String path, String rule, Scope scope) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/** The organiser routes the application maps, with the rule the table gives them. */
	List<Route> routes() {
		Map<String, String[]> table = new LinkedHashMap<>();
		ROUTES.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
			String[] parts = line.split(" ");
			table.put(parts[0] + " " + parts[1], parts);
		});
		Set<String> mapped = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			if (testOnly(entry.getValue().getBeanType())) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String path : entry.getKey().getPatternValues()) {
				if (!path.equals("/admin") && !path.startsWith("/admin/") && !path.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
					mapped.add(method + " " + path);
				}
			}
		}
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(table.keySet());
		Set<String> stale = new TreeSet<>(table.keySet());
		stale.removeAll(mapped);
		assertThat(missing).as("routes without a rule in the authorisation matrix (and maybe without @Guard)").isEmpty();
		assertThat(stale).as("rules in the matrix for routes that no longer exist").isEmpty();
		List<Route> routes = new ArrayList<>();
		table.values().forEach(p -> routes.add(new Route(p[0], p[1], p[2], p.length > 3 ? Scope.valueOf(p[3])
				: (p[0].equals("GET") ? Scope.READ : Scope.WRITE))));
		return routes;
	}

	/** Controllers that other tests declare (nested in a test class), not part of the application. */
	private static boolean testOnly(Class<?> type) {
		Class<?> outer = type.getEnclosingClass();
		return outer != null && (outer.getSimpleName().endsWith("Tests") || outer.getSimpleName().endsWith("Contract")
				|| outer.getSimpleName().endsWith("TestControllers"));
	}

	/**
	 * The route's path with the fixture's ids: A's event, person, organisation, manager's account, venue and article;
	 * 999999 else.
	 */
	String url(Route route) {
		String base = route.path();
		Matcher m = VARIABLE.matcher(base);
		StringBuilder url = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String value;
			if (name.equals("eventId") || (name.equals("id") && base.startsWith("/admin/events"))
					|| (name.equals("id") && base.startsWith("/api/events"))) {
				value = String.valueOf(this.fixture.eventA());
			}
			else if (name.equals("id") && base.contains("/people")) {
				value = String.valueOf(this.fixture.personA());
			}
			else if (name.equals("id") && base.contains("/organisations")) {
				value = String.valueOf(this.fixture.organisationA());
			}
			else if (name.equals("id") && base.startsWith("/admin/accounts")) {
				value = String.valueOf(this.fixture.managerA().accountId());
			}
			else if (name.equals("id") && base.contains("/venues")) {
				value = String.valueOf(this.fixture.venueA());
			}
			else if (name.equals("id") && base.startsWith("/admin/articles")) {
				value = String.valueOf(this.articleA);
			}
			else if (name.equals("slug")) {
				value = "privacy";
			}
			else {
				value = "999999";
			}
			m.appendReplacement(url, value);
		}
		m.appendTail(url);
		return url.toString();
	}

	Map<String, String> usernames() {
		return Map.of("adminA", this.fixture.adminA().username(), "managerA", this.fixture.managerA().username(),
				"editorA", this.fixture.editorA().username(), "volunteerA", this.fixture.volunteerA().username(),
				"adminB", this.fixture.adminB().username());
	}

	@Test
	void everyRouteAnswersEveryRoleAsTheMatrixSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		List<String> actors = List.of("anonymous", "platform", "adminA", "managerA", "editorA", "volunteerA", "adminB");
		for (Route route : routes()) {
			for (String actor : actors) {
				MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), url(route))
					.accept(accept(route))
					.contentType(contentType(route))
					.with(csrf());
				if (actor.equals("platform")) {
					request.with(user("admin").roles("ADMIN"));
				}
				else if (!actor.equals("anonymous")) {
					request.with(user(usernames().get(actor)).roles("ORGANISER"));
				}
				int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
				boolean allowed = ALLOWED.get(route.rule()).contains(actor);
				int expected = allowed ? PASSED : actor.equals("anonymous") ? signInStatus(route) : 404;
				if (status != expected) {
					wrong.add(route + " as " + actor + ": " + status + ", expected " + expected);
				}
			}
		}
		assertThat(wrong).as("answers that differ from the matrix").isEmpty();
	}

	/** API writes take JSON (some declare it); the organiser's forms are posted as forms. */
	private static MediaType contentType(Route route) {
		return route.path().startsWith("/api") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED;
	}

	private static MediaType accept(Route route) {
		if (route.path().endsWith(".csv")) {
			return MediaType.parseMediaType("text/csv");
		}
		if (route.path().endsWith(".pdf")) {
			return MediaType.APPLICATION_PDF;
		}
		if (route.path().endsWith(".xlsx")) {
			return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		}
		return route.path().startsWith("/api") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML;
	}

	private static int signInStatus(Route route) {
		return route.path().startsWith("/api") ? 401 : 302;
	}

	@Test
	void everyApiRouteAnswersEveryTokenAsTheMatrixSays() throws Exception {
		Map<String, String> bearer = Map.of(
				"platform", this.tokens.issue("admin", "matrix platform"),
				"adminA", this.tokens.issue(this.fixture.adminA().username(), "matrix A"),
				"adminB", this.tokens.issue(this.fixture.adminB().username(), "matrix B"),
				"readOnlyA", this.tokens.issue(this.fixture.adminA().username(), "matrix A read", EnumSet.of(Scope.READ), null));
		List<String> wrong = new ArrayList<>();
		for (Route route : routes()) {
			if (!route.path().startsWith("/api")) {
				continue;
			}
			for (Map.Entry<String, String> token : bearer.entrySet()) {
				MvcResult result = this.mvc.perform(request(HttpMethod.valueOf(route.method()), url(route))
					.accept(accept(route))
					.contentType(contentType(route))
					.header("Authorization", "Bearer " + token.getValue())).andReturn();
				int status = result.getResponse().getStatus();
				String actor = token.getKey().equals("readOnlyA") ? "adminA" : token.getKey();
				int expected;
				if (route.rule().equals("PUBLIC")) {
					expected = PASSED;
				}
				else if (token.getKey().equals("readOnlyA") && route.scope() != Scope.READ) {
					expected = 403;
				}
				else {
					expected = ALLOWED.get(route.rule()).contains(actor) ? PASSED : 404;
				}
				if (status != expected) {
					wrong.add(route + " with token " + token.getKey() + ": " + status + ", expected " + expected);
				}
				if (status == 403 || status == 404) {
					assertThat(result.getResponse().getContentType()).as(route + " answers problem+json")
						.startsWith("application/problem+json");
				}
			}
		}
		assertThat(wrong).as("answers that differ from the matrix").isEmpty();
	}

	@Test
	void aForeignEventAnswersNotFoundAsIfItDidNotExist() throws Exception {
		String adminA = this.fixture.adminA().username();
		int foreign = this.mvc.perform(request(HttpMethod.GET, "/admin/events/" + this.fixture.eventB())
			.accept(MediaType.TEXT_HTML)
			.with(user(adminA).roles("ORGANISER"))).andReturn().getResponse().getStatus();
		int missing = this.mvc.perform(request(HttpMethod.GET, "/admin/events/987654321")
			.accept(MediaType.TEXT_HTML)
			.with(user(adminA).roles("ORGANISER"))).andReturn().getResponse().getStatus();
		int coOrganised = this.mvc.perform(request(HttpMethod.GET, "/admin/events/" + this.fixture.eventCoOrganised())
			.accept(MediaType.TEXT_HTML)
			.with(user(adminA).roles("ORGANISER"))).andReturn().getResponse().getStatus();
		assertThat(foreign).isEqualTo(404).isEqualTo(missing);
		assertThat(coOrganised).as("a co-organiser manages the event too").isEqualTo(PASSED);
	}

}
