package nl.bijeen.registration.internal;

import nl.bijeen.registration.RegistrationCancelled;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends offers that were not accepted in time and offers the place to the next person waiting, each in a
 * transaction of its own (the same as a cancellation).
 */
@Component
public class OfferExpiry {

	private final Registrations registrations;

	private final Cancellations cancellations;

	private final RegistrationProperties properties;

	OfferExpiry(Registrations registrations, Cancellations cancellations, RegistrationProperties properties) {
		this.registrations = registrations;
		this.cancellations = cancellations;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${bijeen.registration.job-interval:PT1M}", initialDelayString = "PT30S")
	void scheduled() {
		if (this.properties.isJobsEnabled()) {
			expire();
		}
	}

	/**
	 * @return how many offers expired
	 */
	public int expire() {
		int expired = 0;
		for (Long id : this.registrations.expiredOffers(Seating.now())) {
			if (this.cancellations.end(id, RegistrationStatus.OFFERED, RegistrationStatus.CANCELLED,
					RegistrationCancelled.Reason.OFFER_EXPIRED)) {
				expired++;
			}
		}
		return expired;
	}

}
