package nl.bijeen.insights;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import nl.bijeen.insights.InsightFixtures.Meeting;
import nl.bijeen.registration.RegistrationIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Insights from the room: sent through the public form without a session, pending until approved, on the wall
 * and in the report after approval, rejected ones never public; field errors, the rate limit and the window
 * around the event. On H2 ({@link InsightsH2IntegrationTests}) and PostgreSQL
 * ({@link InsightsPostgresIntegrationTests}).
 */
// The context of PublicFormsWithoutSessionContract (see there): anonymous requests are checked to create no session.
@org.springframework.test.context.TestPropertySource(properties = "bijeen.test.context=public-forms")
// Anonymous tests first: spring-security-test's csrf() replaces the CSRF token repository of the shared filter
// chain by a session-based one, after which anonymous requests get a session under MockMvc (not over real HTTP).
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
abstract class InsightsContract extends RegistrationIntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern QR = Pattern.compile("src=\"(data:image/png;base64,[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	nl.bijeen.events.EventSeeds events;

	@Autowired
	nl.bijeen.programme.ProgrammeSeeds programme;

	InsightFixtures fixtures;

	@Autowired
	InsightSeeds seeds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	nl.bijeen.web.FormTokens formTokens;

	@org.junit.jupiter.api.BeforeEach
	void fixtures() throws Exception {
		this.fixtures = new InsightFixtures(this.events, this.programme);
	}

	@Test
	void theShareFormWorksWithoutASessionAndWhatIsSentWaitsForModeration() throws Exception {
		Meeting m = this.fixtures.running();
		MvcResult form = anonymous(get(share(m)).param("sessie", Long.toString(m.session(0))));
		assertThat(form.getResponse().getStatus()).isEqualTo(200);
		assertThat(form.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-cache");
		String page = form.getResponse().getContentAsString();
		assertThat(page).contains("Deel uw inzicht", "Workshop Buurtkracht");
		MvcResult sent = anonymous(post(share(m)).with(client("10.9.0.1")).param("_csrf", find(CSRF, page))
			.param("text", "<script>alert(1)</script> Buurtkracht groeit van onderop")
			.param("authorName", "Fatima")
			.param("sessie", Long.toString(m.session(0))));
		assertThat(sent.getResponse().getRedirectedUrl())
			.isEqualTo(share(m) + "?verzonden=1&sessie=" + m.session(0));
		assertThat(anonymous(get(sent.getResponse().getRedirectedUrl())).getResponse().getContentAsString())
			.contains("Dank u!");
		assertThat(this.jdbc.sql("select status from insight where event_id = ?").param(m.event().getId())
			.query(String.class).list()).containsExactly("PENDING");
		assertThat(this.jdbc.sql("select session_id from insight where event_id = ?").param(m.event().getId())
			.query(Long.class).single()).isEqualTo(m.session(0));
		// Nothing public before approval: not on the wall, not in its fragment.
		assertThat(anonymous(get(wall(m))).getResponse().getContentAsString()).doesNotContain("Buurtkracht groeit")
			.contains("Nog geen inzichten");
		assertThat(anonymous(get(wall(m) + "/lijst")).getResponse().getContentAsString())
			.doesNotContain("Buurtkracht groeit");
		// Without the token nothing is stored.
		MvcResult refused = anonymous(post(share(m)).with(client("10.9.0.2")).param("text", "Zonder token"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(count(m)).isEqualTo(1);
	}

	@Test
	void thePrivacyStatementSaysWhatIsKeptAndHowLong() throws Exception {
		assertThat(anonymous(get("/privacy")).getResponse().getContentAsString()).contains(
				"<h2>Inzichten uit de zaal</h2>", "alleen als u die invult, uw naam", "hooguit 15 minuten.</p>");
	}

	@Test
	void anEmptyOrTooLongInsightOrNameGivesFieldErrorsAndStoresNothing() throws Exception {
		Meeting m = this.fixtures.running();
		MvcResult empty = send(m, "10.9.1.1", "   ", null);
		assertThat(empty.getResponse().getStatus()).isEqualTo(422);
		assertThat(empty.getResponse().getContentAsString()).contains("Schrijf uw inzicht op.", "id=\"text-error\"",
				"aria-invalid=\"true\"");
		MvcResult tooLong = send(m, "10.9.1.1", "a".repeat(501), "x".repeat(81));
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
		assertThat(tooLong.getResponse().getContentAsString()).contains("Uw inzicht is te lang: hooguit 500 tekens.",
				"Uw naam is te lang: hooguit 80 tekens");
		assertThat(send(m, "10.9.1.1", "b".repeat(500), null).getResponse().getStatus()).isEqualTo(302);
		assertThat(count(m)).isEqualTo(1);
	}

	@Test
	void oneClientMaySendAFewInsightsPerPeriod() throws Exception {
		Meeting m = this.fixtures.running();
		for (int i = 0; i < 5; i++) {
			assertThat(send(m, "10.9.2.1", "Inzicht " + i, null).getResponse().getStatus()).isEqualTo(302);
		}
		MvcResult refused = send(m, "10.9.2.1", "Nog een", null);
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getContentAsString()).contains("in korte tijd veel inzichten");
		assertThat(send(m, "10.9.2.2", "Van een ander", null).getResponse().getStatus()).isEqualTo(302);
		assertThat(count(m)).isEqualTo(6);
		// The address is not kept with the insights, and the rate limit keeps only a hash of it.
		assertThat(this.jdbc.sql("select client_key from insight where event_id = ?").param(m.event().getId())
			.query(String.class).list()).containsOnlyNulls();
		assertThat(this.jdbc.sql("select id from rate_limit_bucket").query(String.class).list())
			.noneMatch(id -> id.contains("10.9.2.1"));
	}

	@Test
	void aBurstFromOneClientGetsNoMoreThroughThanItsAllowance() throws Exception {
		// 12 insights at once from one client: 5 (the rate limit) are stored, the rest are told to wait, never with
		// an error of the server.
		Meeting m = this.fixtures.running();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
		java.util.List<java.util.concurrent.Future<MvcResult>> sent = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String text = "Tegelijk " + i;
			sent.add(pool.submit(() -> {
				go.await();
				return this.mvc.perform(post(share(m)).with(client("10.9.4.1"))
					.param("_csrf", this.formTokens.issue(share(m))).param("text", text)).andReturn();
			}));
		}
		go.countDown();
		int stored = 0;
		for (java.util.concurrent.Future<MvcResult> result : sent) {
			int status = result.get().getResponse().getStatus();
			assertThat(status).isIn(302, 429);
			if (status == 429) {
				assertThat(result.get().getResponse().getContentAsString()).contains("in korte tijd veel inzichten");
			}
			else {
				stored++;
			}
		}
		pool.shutdown();
		assertThat(stored).isEqualTo(5);
		assertThat(count(m)).isEqualTo(5);
	}

	@Test
	void outsideTheEventSharingIsClosedWithAClearMessage() throws Exception {
		for (Meeting m : new Meeting[] { this.fixtures.upcoming(), this.fixtures.past() }) {
			String page = anonymous(get(share(m))).getResponse().getContentAsString();
			assertThat(page).contains("U kunt nu geen inzichten delen").doesNotContain("name=\"text\"");
			MvcResult refused = anonymous(post(share(m)).with(client("10.9.3.1"))
				.param("_csrf", this.formTokens.issue(share(m))).param("text", "Te laat"));
			assertThat(refused.getResponse().getStatus()).isEqualTo(409);
			assertThat(count(m)).isZero();
			assertThat(anonymous(get(wall(m))).getResponse().getContentAsString()).doesNotContain("data:image/png");
		}
	}

	@Test
	void theWallShowsTheShareLinkAsAQrCode() throws Exception {
		Meeting m = this.fixtures.running();
		String page = anonymous(get(wall(m)).param("sessie", Long.toString(m.session(1)))).getResponse()
			.getContentAsString();
		String url = "http://localhost:8080" + share(m) + "?sessie=" + m.session(1);
		assertThat(decode(find(QR, page))).isEqualTo(url);
		assertThat(page).contains(">" + url + "<", "hx-trigger=\"every 5s\"",
				"hx-get=\"" + wall(m) + "/lijst?sessie=" + m.session(1) + "\"");
	}

	@Test
	@org.junit.jupiter.api.Order(Integer.MAX_VALUE - 1)
	@WithMockUser(roles = "ADMIN")
	void approvedInsightsAreOnTheWallAndInTheReportGroupedBySessionRejectedOnesNowhere() throws Exception {
		Meeting m = this.fixtures.past();
		long early = m.event().getStartsAt().plusMinutes(30).toEpochSecond(java.time.ZoneOffset.UTC);
		long first = this.seeds.add(m.event().getId(), m.session(0), "Vertrouw op <b>buurtkracht</b>", "Fatima",
				InsightStatus.PENDING, m.event().getStartsAt().plusMinutes(30));
		long second = this.seeds.add(m.event().getId(), null, "Samen beslissen kost tijd en levert veel op", null,
				InsightStatus.PENDING, m.event().getStartsAt().plusMinutes(40));
		long spam = this.seeds.add(m.event().getId(), m.session(1), "Koop nu goedkope horloges", null,
				InsightStatus.PENDING, m.event().getStartsAt().plusMinutes(50));
		assertThat(early).isPositive();
		String eventPage = "/evenementen/" + m.slug();
		assertThat(body(eventPage)).doesNotContain("buurtkracht", "Inzichten uit de zaal");

		String admin = "/admin/events/" + m.event().getId() + "/inzichten";
		assertThat(body(admin)).contains("Te beoordelen (3)", "Vertrouw op &lt;b&gt;buurtkracht&lt;/b&gt;", "Fatima",
				"Koop nu goedkope horloges");
		for (long id : new long[] { first, second }) {
			assertThat(this.mvc.perform(post(admin + "/" + id + "/approve").with(csrf())).andReturn().getResponse()
				.getRedirectedUrl()).isEqualTo(admin);
		}
		this.mvc.perform(post(admin + "/" + spam + "/reject").with(csrf()));
		assertThat(body(admin)).contains("Te beoordelen (0)", "Goedgekeurd (2)", "Afgewezen (1)");

		String wall = body(wall(m));
		assertThat(wall).contains("Vertrouw op &lt;b&gt;buurtkracht&lt;/b&gt;", "Samen beslissen kost tijd")
			.doesNotContain("<b>buurtkracht", "horloges");
		// Newest first.
		assertThat(wall.indexOf("Samen beslissen kost tijd")).isLessThan(wall.indexOf("buurtkracht"));
		assertThat(body(wall(m) + "?sessie=" + m.session(0))).contains("buurtkracht").doesNotContain("Samen beslissen kost");

		// The event page was rendered (and cached) before; the approval cleared it.
		String report = body(eventPage);
		assertThat(report).contains("Inzichten uit de zaal", "Over de bijeenkomst als geheel")
			.doesNotContain("horloges", "<b>buurtkracht");
		int heading = report.indexOf("id=\"insights-heading\"");
		assertThat(report.indexOf("Workshop Buurtkracht", heading)).isLessThan(report.indexOf("Vertrouw op", heading));
		assertThat(report.indexOf("Vertrouw op", heading)).isLessThan(report.indexOf("Over de bijeenkomst als geheel", heading));
		assertThat(report).contains("href=\"" + wall(m) + "\"");

		// Changing one's mind takes it off the wall again.
		this.mvc.perform(post(admin + "/" + first + "/reject").with(csrf()));
		assertThat(body(wall(m))).doesNotContain("buurtkracht");
		assertThat(body(eventPage)).doesNotContain("buurtkracht");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where event_id = ? and action = 'INSIGHT_MODERATED'")
			.param(m.event().getId()).query(Integer.class).single()).isEqualTo(4);
		// The event's admin page leads here.
		assertThat(body("/admin/events/" + m.event().getId())).contains("href=\"" + admin + "\"");
	}

	@Test
	@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
	@WithMockUser(roles = "ADMIN")
	void anInsightOfAnotherEventCannotBeModeratedHere() throws Exception {
		Meeting m = this.fixtures.past();
		Meeting other = this.fixtures.past();
		long id = this.seeds.add(other.event().getId(), null, "Van elders", null, InsightStatus.PENDING,
				other.event().getStartsAt());
		this.mvc.perform(post("/admin/events/" + m.event().getId() + "/inzichten/" + id + "/approve").with(csrf()));
		assertThat(this.jdbc.sql("select status from insight where id = ?").param(id).query(String.class).single())
			.isEqualTo("PENDING");
	}

	private MvcResult send(Meeting m, String address, String text, String name) throws Exception {
		String page = anonymous(get(share(m))).getResponse().getContentAsString();
		MockHttpServletRequestBuilder request = post(share(m)).with(client(address)).param("_csrf", find(CSRF, page))
			.param("text", text);
		if (name != null) {
			request.param("authorName", name);
		}
		return anonymous(request);
	}

	/** Performs a request as an anonymous visitor and checks that it created no session and set no cookie. */
	private MvcResult anonymous(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getRequest().getSession(false)).as("session").isNull();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).as("Set-Cookie").isEmpty();
		assertThat(result.getResponse().getStatus()).as("status").isLessThan(500);
		return result;
	}

	private String body(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private int count(Meeting m) {
		return this.jdbc.sql("select count(*) from insight where event_id = ?").param(m.event().getId())
			.query(Integer.class).single();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor client(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String share(Meeting m) {
		return "/evenementen/" + m.slug() + "/inzichten/delen";
	}

	private static String wall(Meeting m) {
		return "/evenementen/" + m.slug() + "/inzichten";
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as("%s in page", pattern).isTrue();
		return matcher.group(1).replace("&amp;", "&");
	}

	/** Reads the QR code back with ZXing's reader from the image parsed by ImageIO. */
	private static String decode(String dataUri) throws Exception {
		byte[] png = Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()));
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture)));
		return new MultiFormatReader().decode(bitmap).getText();
	}

}
