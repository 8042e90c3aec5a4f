package nl.bijeen.mail;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisers' mail overview at /admin/mail: lists and retrying given-up mails. Runs on H2 and
 * PostgreSQL.
 */
abstract class MailAdminContract extends MailTestSupport {

	@Autowired
	MockMvc mvc;

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

	private long dead(String subject, String error) {
		enqueueCommitted(mail(subject));
		long id = idOf(subject);
		this.jdbc.sql("update mail_outbox set status = 'DEAD', attempts = 3, last_error = :error where id = :id")
			.param("error", error)
			.param("id", id)
			.update();
		return id;
	}

}
