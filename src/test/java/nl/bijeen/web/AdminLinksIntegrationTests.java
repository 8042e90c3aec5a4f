package nl.bijeen.web;

import jakarta.servlet.http.Cookie;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The organiser finds everything: signed in as the administrator, a crawl that starts at {@code /admin} and
 * follows the links on every admin page reaches every admin GET route the application registers. A route
 * added later without a link to it makes this test fail. Every admin page it reaches shows the admin
 * navigation and a breadcrumb.
 */
@SpringBootTest(properties = "bijeen.demo.enabled=true")
@AutoConfigureMockMvc
class AdminLinksIntegrationTests {

	/**
	 * Admin GET routes that no page links to, on purpose, each with its reason.
	 */
	static final Map<String, String> NOT_LINKED = Map.of("/admin/", "the dashboard again, for a typed trailing slash",
			"/admin/events/{eventId}/check-in/live", "the check-in screen's live part, fetched by htmx (hx-get) from it");

	private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"#]*)[\"#]");

	/** A form sent with GET leads to a page just as a link does (e.g. a confirmation page before an action). */
	private static final Pattern GET_FORM = Pattern.compile("<form\\s[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern ACTION = Pattern.compile("\\saction=\"([^\"#]*)[\"#]");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	RegistrationSettingsRepository settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	nl.bijeen.materials.Materials materials;

	private Cookie[] session;

	@BeforeEach
	void signInWithSomethingInEveryList() throws Exception {
		Conference conference = this.fixtures.conference(40, 20, 20);
		RegistrationSettings defaults = this.settings.of(conference.event().getId());
		this.settings.save(new RegistrationSettings(defaults.eventId(), true, false, true, null, false, null, null,
				defaults.reminderDays(), defaults.onlineLinkMinutesBefore(), defaults.version()));
		this.jdbc.sql("insert into registration_question (event_id, kind, text, required, position) values (?, 'TEXT', 'Dieetwensen?', false, 1)")
			.param(conference.event().getId())
			.update();
		this.registrations.register(RegistrationFixtures.request(conference, "kim@example.org", conference.session(0),
				null, null));
		this.materials.seed(new nl.bijeen.materials.Upload(
				nl.bijeen.materials.MaterialOwner.event(conference.event().getId()), "Programma", false, "programma.pdf",
				nl.bijeen.materials.TestFiles.pdf("Programma")));
		// An accredited event where someone with a register number was present: its PE-online list is linked.
		Conference accredited = this.fixtures.conference(40);
		this.settings.save(new RegistrationSettings(accredited.event().getId(), true, false, false, null, true, 4, null,
				2, 60, null));
		Long present = this.registrations.register(new nl.bijeen.registration.internal.RegistrationRequest(
				accredited.event().getId(), new nl.bijeen.registration.internal.Applicant("Ria Register",
						"ria@example.org", null, null, java.util.Locale.forLanguageTag("nl"), null, false,
						"REGISTERPLEIN", "12345678"), true, Map.of(), Map.of(), null)).registrationId();
		this.jdbc.sql("insert into check_in (registration_id, event_id, checked_in_at) values (?, ?, current_timestamp)")
			.params(present, accredited.event().getId()).update();
		// A mail to participants being written: its edit and confirmation pages are linked from its preview.
		this.jdbc.sql("insert into mailing (event_id, subject, body, audience, status, created_at)"
				+ " values (?, 'Mail in wording', 'Beste {naam},', 'PLACE', 'DRAFT', current_timestamp)")
			.param(conference.event().getId()).update();
		// A newsletter edition being written: its send page is linked from it.
		this.jdbc.sql("insert into newsletter_edition (slug, title, status, created_at, updated_at)"
				+ " select 'links-editie', 'Nieuwsbrief in wording', 'DRAFT', current_timestamp, current_timestamp"
				+ " where not exists (select 1 from newsletter_edition where slug = 'links-editie')").update();
		// The session lives in the shared session store; its cookie names it.
		this.session = this.mvc.perform(formLogin("/login").user("admin").password("admin-test-password"))
			.andReturn()
			.getResponse()
			.getCookies();
	}

	@Test
	void everyAdminRouteIsLinkedFromAPageReachableFromTheDashboard() throws Exception {
		Map<String, PathPattern> routes = adminGetRoutes();
		assertThat(routes).as("admin GET routes").containsKeys("/admin", "/admin/events/{id}",
				"/admin/events/{eventId}/registration-settings");

		Set<String> reached = new TreeSet<>();
		List<String> withoutNavigation = new ArrayList<>();
		List<String> failing = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		Set<String> formTargets = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/admin"));
		seen.add("/admin");
		while (!queue.isEmpty()) {
			String url = queue.removeFirst();
			String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
			routes.forEach((route, pattern) -> {
				if (pattern.matches(PathContainer.parsePath(path))) {
					reached.add(route);
				}
			});
			MockHttpServletResponse response = this.mvc.perform(get(url).cookie(this.session).accept(MediaType.TEXT_HTML))
				.andReturn()
				.getResponse();
			if (response.getStatus() / 100 == 3 && formTargets.contains(url)) {
				// A form sent without the fields the user fills in sends them back to fill it in.
				continue;
			}
			if (response.getStatus() != 200) {
				failing.add(url + " answered " + response.getStatus());
				continue;
			}
			String type = response.getContentType();
			if (type == null || !type.startsWith(MediaType.TEXT_HTML_VALUE)) {
				continue;
			}
			String html = response.getContentAsString();
			if (!html.contains("class=\"admin-nav\"") || !html.contains("class=\"breadcrumbs\"")) {
				withoutNavigation.add(url);
			}
			List<String> targets = new ArrayList<>();
			Matcher links = HREF.matcher(html);
			while (links.find()) {
				targets.add(links.group(1));
			}
			Matcher forms = GET_FORM.matcher(html);
			while (forms.find()) {
				Matcher action = ACTION.matcher(forms.group());
				if (forms.group().toLowerCase().contains("method=\"get\"") && action.find()) {
					targets.add(action.group(1));
					formTargets.add(action.group(1).replace("&amp;", "&"));
				}
			}
			for (String target : targets) {
				String link = target.replace("&amp;", "&");
				if (!link.startsWith("/admin")) {
					continue;
				}
				String linkPath = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
				if (seen.add(linkPath)) {
					queue.addLast(link);
				}
			}
		}

		Set<String> unreached = new TreeSet<>(routes.keySet());
		unreached.removeAll(reached);
		unreached.removeAll(NOT_LINKED.keySet());
		assertThat(failing).as("admin links that do not answer 200").isEmpty();
		assertThat(unreached).as("admin GET routes no page reachable from /admin links to").isEmpty();
		assertThat(withoutNavigation).as("admin pages without the admin navigation or a breadcrumb").isEmpty();
		assertThat(reached).as("routes reached").hasSizeGreaterThan(30);
	}

	private Map<String, PathPattern> adminGetRoutes() {
		Map<String, PathPattern> routes = new LinkedHashMap<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String route : info.getPatternValues()) {
				if (route.equals("/admin") || route.startsWith("/admin/")) {
					routes.put(route, PathPatternParser.defaultInstance.parse(route));
				}
			}
		}
		return routes;
	}

}
