package nl.bijeen.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.Theme;
import nl.bijeen.newsletter.web.EditionForm;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.support.SmtpInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The newsletter end to end with a real SMTP server: double opt-in (also from the registration form's tick box),
 * the same answer for a known address with a throttled re-send, one-click unsubscribing without session or form
 * token, and an edition sent exactly once to the confirmed subscribers of its themes, its mails carrying
 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} (read back with Jakarta Mail). On H2
 * ({@link NewsletterH2IntegrationTests}) and PostgreSQL ({@link NewsletterPostgresIntegrationTests}).
 */
abstract class NewsletterContract extends RegistrationIntegrationTest {

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/nieuwsbrief/[a-z]+/[A-Za-z0-9_-]+)");

	@RegisterExtension
	static final SmtpInbox inbox = new SmtpInbox(SMTP_PORT);

	@Autowired
	MockMvc mvc;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	EditionEditor editor;

	@Autowired
	EditionSending sending;

	@Autowired
	EventSeeds events;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignUpIsConfirmedThroughTheLinkInTheMailAndOnlyThen() throws Exception {
		String email = unique("lezer");
		this.mvc.perform(post("/nieuwsbrief").with(csrf()).param("email", email).param("name", "Lees Graag"))
			.andExpect(status().isOk())
			.andExpect(view().name("newsletter/check-email"));
		assertThat(confirmedAt(email)).isNull();
		MimeMessage mail = inbox.receive(email, "Bevestig");
		String confirm = link(SmtpInbox.text(mail), "bevestigen");
		this.mvc.perform(get(confirm)).andExpect(status().isOk()).andExpect(view().name("newsletter/confirm"));
		assertThat(confirmedAt(email)).as("a GET (a mail scanner) confirms nothing").isNull();
		this.mvc.perform(post(confirm).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(confirm.replace("bevestigen", "voorkeuren") + "?bevestigd"));
		assertThat(confirmedAt(email)).isNotNull();
	}

	@Test
	void signingUpAgainAnswersTheSameAndSendsAtMostOneMailPerInterval() throws Exception {
		String email = unique("nogmaals");
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(post("/nieuwsbrief").with(csrf()).param("email", email))
				.andExpect(status().isOk())
				.andExpect(view().name("newsletter/check-email"));
		}
		assertThat(outboxCount(email)).isEqualTo(1);
		String unknown = unique("onbekend");
		this.mvc.perform(post("/nieuwsbrief").with(csrf()).param("email", unknown))
			.andExpect(status().isOk())
			.andExpect(view().name("newsletter/check-email"));
	}

	@Test
	void aBurstOfSignUpsFromOneClientGetsNoMoreThroughThanItsAllowance() throws Exception {
		// 16 sign-ups of different addresses at once from one client: 10 (signup-rate-limit) pass, the rest are
		// told to wait, never with an error of the server; another client is not held up.
		ExecutorService pool = Executors.newFixedThreadPool(8);
		java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
		List<Future<org.springframework.test.web.servlet.MvcResult>> sent = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			String email = unique("burst" + i);
			sent.add(pool.submit(() -> {
				go.await();
				return this.mvc.perform(post("/nieuwsbrief").with(csrf()).with(client("10.8.7.1")).param("email", email))
					.andReturn();
			}));
		}
		go.countDown();
		int passed = 0;
		for (Future<org.springframework.test.web.servlet.MvcResult> result : sent) {
			int status = result.get().getResponse().getStatus();
			assertThat(status).isIn(200, 429);
			if (status == 429) {
				assertThat(result.get().getResponse().getContentAsString())
					.contains("Er zijn vanaf uw verbinding in korte tijd veel aanmeldingen verstuurd");
			}
			else {
				passed++;
			}
		}
		pool.shutdown();
		assertThat(passed).isEqualTo(10);
		assertThat(this.jdbc.sql("select count(*) from newsletter_subscriber where email like 'burst%'")
			.query(Integer.class).single()).isEqualTo(10);
		this.mvc.perform(post("/nieuwsbrief").with(csrf()).with(client("10.8.7.2")).param("email", unique("ander")))
			.andExpect(status().isOk());
	}

	@Test
	void theRegistrationFormsOptInLeadsToAConfirmationMailNotASubscription() throws Exception {
		Conference c = this.fixtures.conference(20);
		String email = unique("deelnemer");
		Applicant applicant = new Applicant("Deelnemer Nieuws", email, null, null, Locale.forLanguageTag("nl"), null,
				true, null, null);
		this.registrations.register(new RegistrationRequest(c.event().getId(), applicant, true, Map.of(), Map.of(),
				null));
		MimeMessage mail = inbox.receive(email, "Bevestig uw aanmelding voor de nieuwsbrief");
		assertThat(SmtpInbox.text(mail)).contains("/nieuwsbrief/bevestigen/");
		assertThat(confirmedAt(email)).isNull();
		assertThat(this.jdbc.sql("select source from newsletter_subscriber where email = ?").param(email)
			.query(String.class).single()).isEqualTo("REGISTRATION");
	}

	@Test
	void anEditionGoesOnceToTheConfirmedSubscribersOfItsThemesWithOneClickUnsubscribe() throws Exception {
		Theme wijk = this.events.theme(unique("wijk").replace('@', '-').replace('.', '-'), "Wijkgericht werken");
		Theme jeugd = this.events.theme(unique("jeugd").replace('@', '-').replace('.', '-'), "Jeugd");
		long ofWijk = confirmed(unique("wijk"), Set.of(wijk.id()));
		long ofJeugd = confirmed(unique("jeugd"), Set.of(jeugd.id()));
		long ofEverything = confirmed(unique("alles"), Set.of());
		this.subscriptions.subscribe(unique("onbevestigd"), null, Set.of(wijk.id()), null, Subscriptions.Source.FORM);
		long unconfirmed = this.jdbc.sql("select max(id) from newsletter_subscriber").query(Long.class).single();

		EditionForm form = new EditionForm();
		form.setTitle("Nieuws uit de wijk " + System.nanoTime());
		form.setIntroduction("Een **nieuwe** editie.");
		form.setThemeIds(Set.of(wijk.id()));
		long id = this.editor.create(form, null);
		Edition edition = this.editor.edition(id, nl.bijeen.rights.OrganisationScope.everything());

		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Boolean>> starts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			starts.add(pool.submit((Callable<Boolean>) () -> this.sending.start(edition)));
		}
		int started = 0;
		for (Future<Boolean> start : starts) {
			started += start.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(started).as("sending starts once").isEqualTo(1);
		assertThat(this.sending.start(edition)).isFalse();

		while (this.sending.queueNextBatch() > 0) {
			// until every batch is queued
		}
		List<Long> recipients = this.jdbc
			.sql("select cast(substring(reference, length(?) + 1) as bigint) from mail_outbox where reference like ?")
			.params("newsletter:" + id + ":", "newsletter:" + id + ":%")
			.query(Long.class)
			.list();
		assertThat(recipients).doesNotHaveDuplicates().contains(ofWijk, ofEverything).doesNotContain(ofJeugd, unconfirmed);
		assertThat(this.jdbc.sql("select status from newsletter_edition where id = ?").param(id).query(String.class)
			.single()).isEqualTo("SENT");
		assertThat(this.sending.queueNextBatch()).isZero();

		String to = this.jdbc.sql("select email from newsletter_subscriber where id = ?").param(ofWijk)
			.query(String.class).single();
		MimeMessage mail = inbox.receive(to, form.getTitle());
		String header = mail.getHeader("List-Unsubscribe", null);
		assertThat(header).isNotNull();
		String unfolded = jakarta.mail.internet.MimeUtility.unfold(header);
		Matcher url = Pattern.compile("<(http://localhost:8080/nieuwsbrief/afmelden/[A-Za-z0-9_-]+)>").matcher(unfolded);
		assertThat(url.find()).as(unfolded).isTrue();
		assertThat(unfolded).contains("<mailto:afmelden@example.org?subject=unsubscribe>");
		assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(SmtpInbox.html(mail)).contains("<strong>nieuwe</strong>");

		// The mail program's one-click POST: no session, no form token.
		String path = url.group(1).substring("http://localhost:8080".length());
		this.mvc.perform(post(path).contentType("application/x-www-form-urlencoded")
				.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("afgemeld")));
		assertThat(this.jdbc.sql("select count(*) from newsletter_subscriber where id = ?").param(ofWijk)
			.query(Integer.class).single()).isZero();
		// again: the same answer
		this.mvc.perform(post(path)).andExpect(status().isOk());
		// other public forms still need their token
		this.mvc.perform(post("/nieuwsbrief").param("email", unique("zonder"))).andExpect(status().is4xxClientError());
	}

	@Test
	void anOrganisationsEditionGoesInItsNameAndATestGoesToTheOrganiserOnly(
			@Autowired nl.bijeen.people.PeopleSeeds people) throws Exception {
		String slug = "nieuwsbrief-org-" + System.nanoTime();
		long organisation = people.save(nl.bijeen.people.Organisation.create(slug, "Werkplaats Nieuws", null, null)).id();
		EditionForm form = new EditionForm();
		form.setTitle("Editie van de werkplaats " + System.nanoTime());
		long id = this.editor.create(form, organisation);
		Edition edition = this.editor.edition(id, new nl.bijeen.rights.OrganisationScope(false, organisation));
		String organiser = unique("redacteur");
		this.sending.test(edition, organiser);
		MimeMessage test = inbox.receive(organiser, "[Test] " + form.getTitle());
		assertThat(((jakarta.mail.internet.InternetAddress) test.getFrom()[0]).getPersonal()).isEqualTo("Werkplaats Nieuws");
		assertThat(test.getHeader("List-Unsubscribe")).isNull();
		assertThat(this.jdbc.sql("select status from newsletter_edition where id = ?").param(id).query(String.class)
			.single()).isEqualTo("DRAFT");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.editor.edition(id,
				new nl.bijeen.rights.OrganisationScope(false, organisation + 1)))
			.isInstanceOf(nl.bijeen.common.NotFoundException.class);
	}

	@Test
	void theArchiveShowsSentEditionsOnly() throws Exception {
		EditionForm form = new EditionForm();
		form.setTitle("Concept blijft verborgen " + System.nanoTime());
		long id = this.editor.create(form, null);
		String slug = this.jdbc.sql("select slug from newsletter_edition where id = ?").param(id).query(String.class)
			.single();
		this.mvc.perform(get("/nieuwsbrief/" + slug)).andExpect(status().isNotFound());
		this.mvc.perform(get("/nieuwsbrief/archief"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(form.getTitle()))));
	}

	@Test
	void anErasureOnRequestAlsoRemovesTheSubscription(@Autowired nl.bijeen.privacy.Erasures erasures) {
		String email = unique("wissen");
		long id = confirmed(email, Set.of());
		erasures.onRequest(email, "admin");
		assertThat(this.jdbc.sql("select count(*) from newsletter_subscriber where id = ?").param(id)
			.query(Integer.class).single()).isZero();
	}

	private long confirmed(String email, Set<Long> themes) {
		this.subscriptions.subscribe(email, null, themes, null, Subscriptions.Source.FORM);
		this.jdbc.sql("update newsletter_subscriber set confirmed_at = current_timestamp where email = ?")
			.param(email)
			.update();
		return this.jdbc.sql("select id from newsletter_subscriber where email = ?").param(email).query(Long.class)
			.single();
	}

	private Object confirmedAt(String email) {
		return this.jdbc.sql("select confirmed_at from newsletter_subscriber where email = ?")
			.param(email)
			.query((rs, n) -> rs.getObject(1))
			.optional()
			.orElse(null);
	}

	private int outboxCount(String email) {
		return this.jdbc.sql("select count(*) from mail_outbox where to_address = ?").param(email)
			.query(Integer.class).single();
	}

	private static String link(String text, String kind) {
		Matcher m = LINK.matcher(text);
		while (m.find()) {
			if (m.group(1).startsWith("/nieuwsbrief/" + kind + "/")) {
				return m.group(1);
			}
		}
		throw new AssertionError("No " + kind + " link in " + text);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor client(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String unique(String name) {
		return name + "." + System.nanoTime() + "@example.org";
	}

}
