package nl.bijeen.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Full application context for the mail tests, pointed at the {@link TestSmtp} server, with the background
 * sender switched off so that tests run senders themselves (with their own clocks and instance ids). The
 * back-off is the production one: tests move their clocks instead of waiting.
 */
@SpringBootTest(properties = { "bijeen.mail.enabled=false", "bijeen.mail.from=agenda@bijeen.test",
		"bijeen.mail.from-name=Bijeen Agenda", "bijeen.mail.reply-to=organisatie@bijeen.test",
		"bijeen.mail.max-attempts=3", "bijeen.mail.batch-size=10", "bijeen.mail.backoff-base=30s",
		"bijeen.mail.backoff-max=10m", "bijeen.mail.claim-timeout=1m", "bijeen.mail.instance-id=test-main" })
@AutoConfigureMockMvc
abstract class MailTestSupport {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxMails mails;

	@Autowired
	OutboxOverview overview;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxMetrics metrics;

	@Autowired
	OutboxProperties properties;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	TransactionTemplate transactions;

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestSmtp::port);
	}

	@BeforeEach
	void emptyOutboxAndMailServer() {
		this.transactions = new TransactionTemplate(this.transactionManager);
		this.jdbc.sql("delete from mail_attachment").update();
		this.jdbc.sql("delete from mail_outbox").update();
		TestSmtp.startEmpty();
	}

	static OutgoingMail mail(String subject) {
		return OutgoingMail.of("deelnemer@example.org", "Deelnemer", subject, "Tekst van " + subject)
			.withLocale(Locale.forLanguageTag("nl"));
	}

	/**
	 * Enqueues in a transaction of its own that commits.
	 */
	boolean enqueueCommitted(OutgoingMail mail) {
		return this.transactions.execute(status -> this.outbox.enqueue(mail));
	}

	long idOf(String subject) {
		return this.jdbc.sql("select id from mail_outbox where subject = :subject")
			.param("subject", subject)
			.query(Long.class)
			.single();
	}

	Row row(long id) {
		return this.jdbc.sql("select * from mail_outbox where id = :id")
			.param("id", id)
			.query((rs, n) -> new Row(MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
					OutboxMails.instant(rs, "next_attempt_at"), rs.getString("last_error"),
					OutboxMails.instant(rs, "sent_at"), rs.getString("claimed_by")))
			.single();
	}

	long count() {
		return this.jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
	}

	/**
	 * Another sender, as if on another bijeen instance, with its own clock.
	 */
	OutboxSender sender(String instanceId, Clock clock) {
		return new OutboxSender(this.mails, this.mailSender, this.properties, this.metrics, this.transactions,
				instanceId, clock);
	}

	record Row(MailStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt,
			String claimedBy) {
	}

}
