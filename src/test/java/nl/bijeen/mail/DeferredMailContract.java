package nl.bijeen.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deferred mails are stored in the caller's transaction without content and written by their module's
 * writer when sent; the written content is kept, so a retry sends the same mail. Runs on H2 and PostgreSQL.
 */
abstract class DeferredMailContract extends MailTestSupport {

	final AtomicInteger writes = new AtomicInteger();

	final MailWriter greetings = new MailWriter() {

		@Override
		public String name() {
			return "greetings";
		}

		@Override
		public Optional<OutgoingMail> write(String payload) {
			DeferredMailContract.this.writes.incrementAndGet();
			if (payload.equals("gone")) {
				return Optional.empty();
			}
			if (payload.equals("broken")) {
				throw new IllegalStateException("template broken");
			}
			return Optional.of(OutgoingMail.of("ans@example.org", "Ans", "Welkom " + payload, "Hallo " + payload)
				.withHtml("<p>Hallo " + payload + "</p>")
				.withAttachment(new Attachment("a.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes()))
				.withLocale(Locale.ENGLISH));
		}
	};

	OutboxSender senderWithWriter(Clock clock) {
		return new OutboxSender(this.mails, this.mailSender, this.properties, this.metrics, this.transactions,
				"test-writer", clock, List.of(this.greetings));
	}

	void enqueueDeferred(String payload, String reference) {
		this.transactions.executeWithoutResult(status -> this.outbox
			.enqueue(new DeferredMail("ans@example.org", "greetings", payload, reference, Locale.forLanguageTag("nl"))));
	}

	long onlyId() {
		return this.jdbc.sql("select id from mail_outbox").query(Long.class).single();
	}

	@Test
	void storesTheMailWithoutContentAndWritesItWhenSending() throws Exception {
		enqueueDeferred("Ans", "greeting:1");
		enqueueDeferred("Ans", "greeting:1");
		long id = onlyId();
		assertThat(this.jdbc.sql("select subject from mail_outbox where id = ?").param(id).query(String.class).optional())
			.isEmpty();
		assertThat(this.overview.findByStatus(MailStatus.PENDING, 10)).singleElement()
			.satisfies(mail -> assertThat(mail.to()).isEqualTo("ans@example.org"));

		assertThat(senderWithWriter(Clock.systemUTC()).sendDue()).isEqualTo(1);

		MimeMessage message = TestSmtp.received(1).get(0);
		assertThat(message.getSubject()).isEqualTo("Welkom Ans");
		assertThat(message.getHeader("Content-Language")).containsExactly("en");
		assertThat(row(id).status()).isEqualTo(MailStatus.SENT);
		assertThat(this.jdbc.sql("select subject from mail_outbox where id = ?").param(id).query(String.class).single())
			.isEqualTo("Welkom Ans");
		// Delivered: the envelope stays for the overview, the content (which may hold a personal link) goes.
		assertThat(message.getContentType()).startsWith("multipart");
		assertThat(this.jdbc.sql("select count(*) from mail_attachment where outbox_id = ?").param(id)
			.query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select coalesce(text_body, '') || coalesce(html_body, '') from mail_outbox where id = ?")
			.param(id).query(String.class).single()).isEmpty();
		assertThat(this.writes).hasValue(1);
	}

	@Test
	void aDeferredMailKeepsTheEventItIsAboutAfterItIsWrittenAndSent() throws Exception {
		this.transactions.executeWithoutResult(status -> {
			this.outbox.enqueue(new DeferredMail("ans@example.org", "greetings", "Ans", "event:1", null, 4242L));
			this.outbox.enqueue(new DeferredMail("bram@example.org", "greetings", "Bram", "event:2", null));
		});
		assertThat(this.jdbc.sql("select event_id from mail_outbox order by reference").query().listOfRows())
			.extracting(r -> r.get("event_id") == null ? null : ((Number) r.get("event_id")).longValue())
			.containsExactly(4242L, null);
		assertThat(senderWithWriter(Clock.systemUTC()).sendDue()).isEqualTo(2);
		assertThat(this.jdbc.sql("select event_id from mail_outbox where reference = 'event:1' and status = 'SENT'")
			.query(Long.class).single()).isEqualTo(4242L);
	}

	@Test
	void storesDeferredMailsOnlyWhenTheTransactionCommits() {
		this.transactions.executeWithoutResult(status -> {
			this.outbox.enqueue(new DeferredMail("ans@example.org", "greetings", "Ans", "greeting:2", null));
			this.outbox.enqueue(new DeferredMail("bram@example.org", "greetings", "Bram", "greeting:3", null));
			status.setRollbackOnly();
		});
		assertThat(count()).isZero();
		this.transactions.executeWithoutResult(status -> {
			this.outbox.enqueue(new DeferredMail("ans@example.org", "greetings", "Ans", "greeting:2", null));
			this.outbox.enqueue(new DeferredMail("bram@example.org", "greetings", "Bram", "greeting:3", null));
		});
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void aLimitPerRecipientCountsTheStoredMailsAndThoseOfTheTransactionInOneGo() {
		Duration hour = Duration.ofHours(1);
		this.transactions.executeWithoutResult(status -> {
			this.outbox.enqueue(new DeferredMail("ans@example.org", "greetings", "Ans", "limit:1", null));
			this.outbox.enqueueWithin(new DeferredMail("ans@example.org", "greetings", "Ans", "limit:2", null), 3, hour);
		});
		this.transactions.executeWithoutResult(status -> {
			// Ans has 2 stored: one more fits, the one after it does not; unlimited mails always go and count.
			this.outbox.enqueueWithin(new DeferredMail("ans@example.org", "greetings", "Ans", "limit:3", null), 3, hour);
			this.outbox.enqueueWithin(new DeferredMail("ans@example.org", "greetings", "Ans", "limit:4", null), 3, hour);
			this.outbox.enqueue(new DeferredMail("ans@example.org", "greetings", "Ans", "limit:5", null));
			this.outbox.enqueueWithin(new DeferredMail("bram@example.org", "greetings", "Bram", "limit:6", null), 1, hour);
			this.outbox.enqueueWithin(new DeferredMail("bram@example.org", "greetings", "Bram", "limit:7", null), 1, hour);
			assertThat(this.outbox.countRecent("ans@example.org", hour)).as("stored and pending alike").isEqualTo(5);
		});
		assertThat(this.jdbc.sql("select reference from mail_outbox order by reference").query(String.class).list())
			.containsExactly("limit:1", "limit:2", "limit:3", "limit:5", "limit:6");
		this.transactions.executeWithoutResult(status -> this.outbox
			.enqueueWithin(new DeferredMail("ans@example.org", "greetings", "Ans", "limit:8", null), 10, Duration.ZERO));
		assertThat(count()).as("nothing counts within an empty period").isEqualTo(6);
	}

	@Test
	void keepsTheWrittenContentForTheNextAttemptWhenTheMailServerIsDown() throws Exception {
		enqueueDeferred("Bram", null);
		long id = onlyId();
		TestSmtp.stop();
		Instant now = Instant.now();
		assertThat(senderWithWriter(Clock.fixed(now, ZoneOffset.UTC)).sendDue()).isZero();
		assertThat(row(id).status()).isEqualTo(MailStatus.PENDING);
		assertThat(row(id).attempts()).isEqualTo(1);

		TestSmtp.startEmpty();
		assertThat(senderWithWriter(Clock.fixed(now.plus(Duration.ofHours(1)), ZoneOffset.UTC)).sendDue()).isEqualTo(1);
		assertThat(TestSmtp.received(1).get(0).getSubject()).isEqualTo("Welkom Bram");
		assertThat(this.writes).as("written once, sent on the second attempt").hasValue(1);
	}

	@Test
	void removesAMailItsWriterNoLongerWants() {
		enqueueDeferred("gone", null);
		assertThat(senderWithWriter(Clock.systemUTC()).sendDue()).isZero();
		assertThat(count()).isZero();
		assertThat(TestSmtp.received(0)).isEmpty();
	}

	@Test
	void retriesAMailWhoseWriterFailedAndGivesItUpAfterTheLastAttempt() {
		enqueueDeferred("broken", null);
		long id = onlyId();
		Instant now = Instant.now();
		for (int attempt = 1; attempt <= this.properties.getMaxAttempts(); attempt++) {
			senderWithWriter(Clock.fixed(now.plus(Duration.ofHours(attempt)), ZoneOffset.UTC)).sendDue();
			assertThat(row(id).attempts()).isEqualTo(attempt);
		}
		assertThat(row(id).status()).isEqualTo(MailStatus.DEAD);
		assertThat(row(id).lastError()).contains("template broken");
	}

	@Test
	void aGivenUpMailIsDeletedAfterItsRetentionPeriodASentOneAfterItsOwn() {
		enqueueDeferred("broken", null);
		long dead = onlyId();
		Instant now = Instant.now();
		for (int attempt = 1; attempt <= this.properties.getMaxAttempts(); attempt++) {
			senderWithWriter(Clock.fixed(now.plus(Duration.ofHours(attempt)), ZoneOffset.UTC)).sendDue();
		}
		assertThat(row(dead).status()).isEqualTo(MailStatus.DEAD);
		Instant lastAttempt = now.plus(Duration.ofHours(this.properties.getMaxAttempts()));

		senderWithWriter(Clock.fixed(lastAttempt.plus(this.properties.getFailedRetention()).minusSeconds(60),
				ZoneOffset.UTC)).deleteExpired();
		assertThat(count()).as("kept, so that an organiser can retry it").isEqualTo(1);
		senderWithWriter(Clock.fixed(lastAttempt.plus(this.properties.getFailedRetention()).plusSeconds(60),
				ZoneOffset.UTC)).deleteExpired();
		assertThat(count()).isZero();
	}

	@Test
	void aMailForAnUnknownWriterIsRetriedNotLost() {
		this.transactions.executeWithoutResult(status -> this.outbox
			.enqueue(new DeferredMail("ans@example.org", "nobody", "x", null, null)));
		long id = onlyId();
		assertThat(senderWithWriter(Clock.systemUTC()).sendDue()).isZero();
		assertThat(row(id).status()).isEqualTo(MailStatus.PENDING);
		assertThat(row(id).lastError()).contains("nobody");
	}

}
