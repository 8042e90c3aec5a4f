package nl.bijeen.mail;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	@Test
	void waitsFourTimesLongerAfterEveryFailureUpToTheMaximum() {
		Backoff backoff = Backoff.of(new OutboxProperties());
		assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(8));
		assertThat(backoff.after(4)).isEqualTo(Duration.ofMinutes(32));
		assertThat(backoff.after(6)).isEqualTo(Duration.ofHours(6));
		assertThat(backoff.after(1000)).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void neverWaitsLongerThanTheMaximumEvenAtFirst() {
		assertThat(new Backoff(Duration.ofMinutes(10), Duration.ofMinutes(5)).after(1)).isEqualTo(Duration.ofMinutes(5));
	}

}
