package nl.bijeen.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Micrometer meters of the outbox: mails sent, failed attempts, mails given up, and mails still to send.
 */
@Component
class OutboxMetrics {

	private final Counter sent;

	private final Counter failed;

	private final Counter dead;

	OutboxMetrics(MeterRegistry registry, OutboxOverview overview) {
		this.sent = Counter.builder("bijeen.mail.sent").description("Mails delivered to the mail server").register(registry);
		this.failed = Counter.builder("bijeen.mail.failed").description("Failed attempts to send a mail").register(registry);
		this.dead = Counter.builder("bijeen.mail.dead")
			.description("Mails given up after too many failed attempts")
			.register(registry);
		Gauge.builder("bijeen.mail.pending", overview, OutboxOverview::countPending)
			.description("Mails waiting to be sent")
			.strongReference(true)
			.register(registry);
	}

	void sent() {
		this.sent.increment();
	}

	void failed() {
		this.failed.increment();
	}

	void dead() {
		this.dead.increment();
	}

}
