package nl.bijeen.mail;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bijeen.accounts.AccountSeeds;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.rights.Memberships;
import nl.bijeen.rights.RightsFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisers' mail overview at /admin/mail: lists and retrying given-up mails; an organisation's
 * administrator sees and retries only the mails about its events and to its accounts. Runs on H2 and
 * PostgreSQL.
 */
abstract class MailAdminContract extends MailTestSupport {

	private static final Pattern COUNT = Pattern.compile("id=\"count-(\\w+)\">(\\d+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	PeopleSeeds people;

	@Autowired
	EventSeeds events;

	@Autowired
	AccountSeeds accounts;

	@Autowired
	Memberships memberships;

	@Test
	void needsALogin() throws Exception {
		this.mvc.perform(get("/admin/mail").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void showsCountsAndDeadAndPendingMails() throws Exception {
		long dead = dead("Bevestiging voor Fatma", "Connection refused");
		enqueueCommitted(mail("Herinnering voor Piet"));
		enqueueCommitted(mail("Verstuurd aan Kees"));
		this.jdbc.sql("update mail_outbox set status = 'SENT', sent_at = created_at where subject = 'Verstuurd aan Kees'")
			.update();

		this.mvc.perform(get("/admin/mail"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<caption>Aantal e-mails per status</caption>"),
					containsString("<th scope=\"row\">Niet verstuurd</th>"),
					containsString("Bevestiging voor Fatma"), containsString("Connection refused"),
					containsString("Herinnering voor Piet"), containsString("Verstuurd aan Kees"),
					containsString("/admin/mail/" + dead + "/retry"), containsString("Opnieuw versturen: Bevestiging voor Fatma"),
					not(containsString("Exception")))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void speaksEnglishToo() throws Exception {
		dead("Confirmation", "Connection refused");
		this.mvc.perform(get("/admin/mail").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Emails that could not be sent"),
					containsString("Send again: Confirmation"))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void retriesOneDeadMailWhichIsThenSent() throws Exception {
		long dead = dead("Bevestiging voor Fatma", "Connection refused");
		long other = dead("Bevestiging voor Ahmed", "Connection refused");

		this.mvc.perform(post("/admin/mail/{id}/retry", dead).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/mail"))
			.andExpect(flash().attribute("notice", "mail.admin.retried"));

		assertThat(row(dead).status()).isEqualTo(MailStatus.PENDING);
		assertThat(row(dead).attempts()).isZero();
		assertThat(row(other).status()).isEqualTo(MailStatus.DEAD);
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(TestSmtp.received(1).get(0).getSubject()).isEqualTo("Bevestiging voor Fatma");

		jakarta.servlet.http.Cookie[] session = this.mvc.perform(post("/admin/mail/{id}/retry", dead).with(csrf()))
			.andExpect(flash().attribute("notice", "mail.admin.notRetried"))
			.andReturn().getResponse().getCookies();
		// The flash message waits in the shared session for the page after the redirect.
		this.mvc.perform(get("/admin/mail").cookie(session))
			.andExpect(content().string(containsString("Misschien is hij al verstuurd.")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void retriesAllDeadMails() throws Exception {
		long first = dead("Een", "Timeout");
		long second = dead("Twee", "Timeout");
		jakarta.servlet.http.Cookie[] session = this.mvc.perform(post("/admin/mail/retry-dead").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("noticeCount", 2))
			.andReturn().getResponse().getCookies();
		assertThat(row(first).status()).isEqualTo(MailStatus.PENDING);
		assertThat(row(second).status()).isEqualTo(MailStatus.PENDING);
		this.mvc.perform(get("/admin/mail").cookie(session))
			.andExpect(content().string(containsString("2 e-mails staan weer in de wachtrij.")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesARetryWithoutCsrfToken() throws Exception {
		long dead = dead("Een", "Timeout");
		this.mvc.perform(post("/admin/mail/{id}/retry", dead)).andExpect(status().isForbidden());
		assertThat(row(dead).status()).isEqualTo(MailStatus.DEAD);
	}

	@Test
	void anOrganisationAdministratorSeesTheMailsOfItsEventsAndAccountsOnlyWithTheirCounts() throws Exception {
		RightsFixture f = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
		dead(mail("Bevestiging A").withEvent(f.eventA()), "Connection refused");
		dead(mail("Uitnodiging A").withOrganisation(f.organisationA()), "Connection refused");
		enqueueCommitted(mail("Herinnering samen").withEvent(f.eventCoOrganised()));
		dead(mail("Bevestiging B").withEvent(f.eventB()), "Connection refused");
		enqueueCommitted(mail("Uitnodiging B").withOrganisation(f.organisationB()));
		dead(mail("Platformbericht"), "Connection refused");

		String page = this.mvc.perform(get("/admin/mail").with(user(f.adminA().username()).roles("ORGANISER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Bevestiging A", "Uitnodiging A", "Herinnering samen", "id=\"mail-scope\"")
			.doesNotContain("Bevestiging B", "Uitnodiging B", "Platformbericht");
		assertThat(counts(page)).containsEntry("dead", 2L).containsEntry("pending", 1L).containsEntry("sent", 0L);

		String other = this.mvc.perform(get("/admin/mail").with(user(f.adminB().username()).roles("ORGANISER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(other).contains("Bevestiging B", "Uitnodiging B", "Herinnering samen")
			.doesNotContain("Bevestiging A", "Uitnodiging A", "Platformbericht");
		assertThat(counts(other)).containsEntry("dead", 1L).containsEntry("pending", 2L);

		MailScope scopeA = new MailScope(false, f.organisationA(), Set.of(f.eventA(), f.eventCoOrganised()));
		assertThat(this.overview.counts(scopeA)).containsEntry(MailStatus.DEAD, 2L)
			.containsEntry(MailStatus.PENDING, 1L);
		assertThat(this.overview.counts()).containsEntry(MailStatus.DEAD, 4L);
	}

	@Test
	void thePlatformAdministratorSeesEveryMail() throws Exception {
		RightsFixture f = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
		dead(mail("Bevestiging A").withEvent(f.eventA()), "Connection refused");
		dead(mail("Bevestiging B").withEvent(f.eventB()), "Connection refused");
		dead(mail("Platformbericht"), "Connection refused");
		String page = this.mvc.perform(get("/admin/mail").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Bevestiging A", "Bevestiging B", "Platformbericht").doesNotContain("mail-scope");
		assertThat(counts(page)).containsEntry("dead", 3L);
	}

	@Test
	void anOrganisationAdministratorRetriesItsOwnMailsAndAnotherOrganisationsMailIsNotFound() throws Exception {
		RightsFixture f = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
		RequestPostProcessor adminA = user(f.adminA().username()).roles("ORGANISER");
		long ours = dead(mail("Bevestiging A").withEvent(f.eventA()), "Timeout");
		long account = dead(mail("Uitnodiging A").withOrganisation(f.organisationA()), "Timeout");
		long theirs = dead(mail("Bevestiging B").withEvent(f.eventB()), "Timeout");
		long platform = dead(mail("Platformbericht"), "Timeout");

		this.mvc.perform(post("/admin/mail/{id}/retry", theirs).with(csrf()).with(adminA))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/mail/{id}/retry", platform).with(csrf()).with(adminA))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/mail/{id}/retry", 987654321L).with(csrf()).with(adminA))
			.andExpect(status().isNotFound());
		assertThat(row(theirs).status()).isEqualTo(MailStatus.DEAD);
		assertThat(row(platform).status()).isEqualTo(MailStatus.DEAD);

		this.mvc.perform(post("/admin/mail/{id}/retry", ours).with(csrf()).with(adminA))
			.andExpect(redirectedUrl("/admin/mail"))
			.andExpect(flash().attribute("notice", "mail.admin.retried"));
		assertThat(row(ours).status()).isEqualTo(MailStatus.PENDING);

		this.mvc.perform(post("/admin/mail/retry-dead").with(csrf()).with(adminA))
			.andExpect(flash().attribute("noticeCount", 1));
		assertThat(row(account).status()).isEqualTo(MailStatus.PENDING);
		assertThat(row(theirs).status()).as("another organisation's mail stays given up").isEqualTo(MailStatus.DEAD);
		assertThat(row(platform).status()).isEqualTo(MailStatus.DEAD);

		this.mvc.perform(post("/admin/mail/{id}/retry", theirs).with(csrf()).with(user("admin").roles("ADMIN")))
			.andExpect(flash().attribute("notice", "mail.admin.retried"));
		assertThat(row(theirs).status()).isEqualTo(MailStatus.PENDING);
	}

	@Test
	void anEventManagerHasNoMailOverview() throws Exception {
		RightsFixture f = RightsFixture.create(this.people, this.events, this.accounts, this.memberships);
		this.mvc.perform(get("/admin/mail").with(user(f.managerA().username()).roles("ORGANISER")))
			.andExpect(status().isNotFound());
	}

	private static java.util.Map<String, Long> counts(String page) {
		java.util.Map<String, Long> counts = new java.util.HashMap<>();
		Matcher m = COUNT.matcher(page);
		while (m.find()) {
			counts.put(m.group(1), Long.valueOf(m.group(2)));
		}
		return counts;
	}

	private long dead(OutgoingMail mail, String error) {
		enqueueCommitted(mail);
		long id = idOf(mail.subject());
		this.jdbc.sql("update mail_outbox set status = 'DEAD', attempts = 3, last_error = :error where id = :id")
			.param("error", error)
			.param("id", id)
			.update();
		return id;
	}

	private long dead(String subject, String error) {
		return dead(mail(subject), error);
	}

}
