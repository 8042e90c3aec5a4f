package nl.bijeen.registration;

import java.util.List;

import nl.bijeen.events.Event;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;

import org.springframework.stereotype.Service;

/**
 * Whether an event is open, nearly full, full with a waiting list or full, from the place counters and the
 * event's registration settings.
 */
@Service
public class PlacesSummaries {

	/**
	 * At most this many places left, or a tenth of the capacity if that is more, count as few.
	 */
	public static final int FEW = 5;

	private final Availability availability;

	private final RegistrationSettingsRepository settings;

	PlacesSummaries(Availability availability, RegistrationSettingsRepository settings) {
		this.availability = availability;
		this.settings = settings;
	}

	public PlacesSummary of(Event event) {
		EventAvailability places = this.availability.of(event, List.of());
		if (places.full()) {
			return new PlacesSummary(this.settings.of(event.getId()).waitingListEnabled()
					? PlacesSummary.Kind.WAITING_LIST : PlacesSummary.Kind.FULL, 0);
		}
		if (places.attendance().values().stream().anyMatch(p -> !p.limited())) {
			return new PlacesSummary(PlacesSummary.Kind.AVAILABLE, null);
		}
		int capacity = places.attendance().values().stream().mapToInt(Places::capacity).sum();
		int left = places.attendance().values().stream().mapToInt(Places::left).sum();
		boolean few = left <= Math.max(FEW, capacity / 10);
		return new PlacesSummary(few ? PlacesSummary.Kind.FEW_LEFT : PlacesSummary.Kind.AVAILABLE, left);
	}

}
