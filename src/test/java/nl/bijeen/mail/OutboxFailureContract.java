package nl.bijeen.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unreachable mail server: attempts are counted and spaced out, the mail is given up after the maximum
 * number of attempts and sent once retried; claims of a crashed instance expire. Runs on H2 and PostgreSQL.
 */
abstract class OutboxFailureContract extends MailTestSupport {

	@Autowired
	MeterRegistry registry;

	@AfterEach
	void mailServerBackUp() {
		TestSmtp.startEmpty();
	}

	@Test
	void retriesWithBackOffWhileTheMailServerIsDownThenGivesUpUntilRetried() {
		TestSmtp.stop();
		assertThat(enqueueCommitted(mail("Herinnering")))
			.as("enqueuing works while the mail server is down").isTrue();
		long id = idOf("Herinnering");
		MutableClock clock = new MutableClock(Instant.now());
		OutboxSender sender = sender("node-a", clock);
		double failedBefore = counter("bijeen.mail.failed");
		double deadBefore = counter("bijeen.mail.dead");

		assertThat(sender.sendDue()).isZero();
		Row first = row(id);
		assertThat(first.status()).isEqualTo(MailStatus.PENDING);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
		assertThat(first.lastError()).isNotBlank().doesNotContain("\n").doesNotContain("\tat ");
		assertThat(first.lastError().length()).isLessThanOrEqualTo(ErrorSummary.MAX_LENGTH);
		assertThat(first.claimedBy()).isNull();

		clock.advance(Duration.ofSeconds(29));
		assertThat(sender.sendDue()).isZero();
		assertThat(row(id).attempts()).as("not due yet, so not tried").isEqualTo(1);

		clock.advance(Duration.ofSeconds(1));
		sender.sendDue();
		Row second = row(id);
		assertThat(second.attempts()).isEqualTo(2);
		assertThat(second.status()).isEqualTo(MailStatus.PENDING);
		assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

		clock.advance(Duration.ofMinutes(2));
		sender.sendDue();
		Row third = row(id);
		assertThat(third.attempts()).isEqualTo(3);
		assertThat(third.status()).as("given up after max-attempts=3").isEqualTo(MailStatus.DEAD);
		clock.advance(Duration.ofDays(1));
		assertThat(sender.sendDue()).isZero();
		assertThat(row(id).attempts()).as("dead mails are not tried again by themselves").isEqualTo(3);
		assertThat(counter("bijeen.mail.failed") - failedBefore).isEqualTo(3);
		assertThat(counter("bijeen.mail.dead") - deadBefore).isEqualTo(1);

		TestSmtp.startEmpty();
		assertThat(this.overview.retry(id, Instant.now())).isTrue();
		assertThat(row(id).attempts()).isZero();
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(row(id).status()).isEqualTo(MailStatus.SENT);
		assertThat(TestSmtp.received(1)).hasSize(1);
	}

	@Test
	void sendsAMailAgainWhenTheInstanceThatClaimedItCrashed() {
		enqueueCommitted(mail("Na een crash"));
		long id = idOf("Na een crash");
		MutableClock clock = new MutableClock(Instant.now());
		Instant claimedUntil = clock.instant().plus(this.properties.getClaimTimeout());
		List<Long> claimed = this.transactions
			.execute(status -> this.mails.claim("crashed", clock.instant(), claimedUntil, 10));
		assertThat(claimed).containsExactly(id);
		assertThat(row(id).status()).isEqualTo(MailStatus.SENDING);

		OutboxSender survivor = sender("survivor", clock);
		assertThat(survivor.sendDue()).as("the claim still holds").isZero();
		clock.advance(this.properties.getClaimTimeout().plusSeconds(1));
		assertThat(survivor.sendDue()).isEqualTo(1);

		assertThat(row(id).status()).isEqualTo(MailStatus.SENT);
		assertThat(TestSmtp.received(1)).hasSize(1);
		assertThat(this.mails.markSent(id, "crashed", clock.instant()))
			.as("the crashed instance cannot record anything any more").isFalse();
	}

	@Test
	void countsWaitingMailsInTheGauge() {
		TestSmtp.stop();
		enqueueCommitted(mail("Een"));
		enqueueCommitted(mail("Twee"));
		assertThat(this.registry.get("bijeen.mail.pending").gauge().value()).isEqualTo(2.0);
		TestSmtp.startEmpty();
		double sentBefore = counter("bijeen.mail.sent");
		assertThat(this.sender.sendDue()).isEqualTo(2);
		assertThat(this.registry.get("bijeen.mail.pending").gauge().value()).isZero();
		assertThat(counter("bijeen.mail.sent") - sentBefore).isEqualTo(2);
	}

	private double counter(String name) {
		return this.registry.get(name).counter().count();
	}

}
