package nl.bijeen.registration.internal;

/**
 * The rules that decide who gets a place, in one place. Everything that hands out places (one registration
 * alone in {@link RegistrationWriter}, many at once in {@link BulkRegistrations}, a promotion from a
 * waiting list in {@link Seating}, an organiser's promotion, moving people out of a removed session in
 * {@link SessionRemovals}) asks
 * these rules and only says how a place is taken: a conditional update of a counter in the database, or a
 * counter locked for the whole batch.
 * <ul>
 * <li>A place is taken only while fewer places are taken than the capacity ({@code null}: no limit). A
 * capacity lowered below the places already taken keeps those people; nobody gets a place until the count
 * is below the new capacity.</li>
 * <li>A place at the event comes first; without it every session choice waits.</li>
 * <li>A session choice takes the first choice if it has a place, else the second, else it waits for the
 * first (or, without waiting list, the registration is refused).</li>
 * <li>Whoever frees or adds a place fills it from the waiting list, in order, in the same transaction
 * ({@link Seating}), so nobody who registers later gets a place while someone earlier still waits.</li>
 * </ul>
 */
final class SeatRules {

	private SeatRules() {
	}

	/**
	 * How a place is taken.
	 */
	@FunctionalInterface
	interface Places {

		/**
		 * Takes a place from the counter if one is left.
		 * @return whether the place was won
		 */
		boolean take(String counter);

	}

	/**
	 * Whether a counter with this capacity and these places taken has a place left.
	 */
	static boolean hasRoom(Integer capacity, int taken) {
		return capacity == null || taken < capacity;
	}

	/**
	 * The status of a new registration that did or did not get a place at the event.
	 */
	static RegistrationStatus onArrival(boolean place, RegistrationSettings settings) {
		return !place ? RegistrationStatus.WAITLISTED
				: settings.approvalRequired() ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
	}

	/**
	 * The status of a registration that moves up from the event's waiting list.
	 */
	static RegistrationStatus onPromotion(RegistrationSettings settings) {
		return settings.offersPlaces() ? RegistrationStatus.OFFERED
				: settings.approvalRequired() ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
	}

	/**
	 * Seats a session choice: the first session if it has a place, else the second, else waiting for the
	 * first. Only someone with a place at the event takes session places.
	 * @return the seat, or {@code null} when the sessions are full and the event has no waiting list
	 */
	static Seat choose(Places places, boolean eventPlace, Long first, Long second, boolean waitingList) {
		if (eventPlace && places.take(SeatCounters.name(first))) {
			return new Seat(first, 1, ChoiceStatus.CONFIRMED);
		}
		if (eventPlace && second != null && places.take(SeatCounters.name(second))) {
			return new Seat(second, 2, ChoiceStatus.CONFIRMED);
		}
		if (eventPlace && !waitingList) {
			return null;
		}
		return new Seat(first, 1, ChoiceStatus.WAITLISTED);
	}

	/**
	 * Seats a waiting choice of someone who now has a place at the event: the first session if it has a
	 * place, else the second.
	 * @return the seat, or {@code null} when both are full (the choice keeps waiting)
	 */
	static Seat seatWaiting(Places places, RegistrationChoice choice) {
		Seat seat = choose(places, true, choice.sessionId(), choice.secondSessionId(), true);
		return seat.status() == ChoiceStatus.CONFIRMED ? seat : null;
	}

	/**
	 * Seats a choice whose session is removed, in a target session of the same round: the participant's
	 * second choice first (when they have one and a place at the event), else the target, else waiting for
	 * the target.
	 */
	static Seat relocate(Places places, boolean eventPlace, Long secondChoice, Long target) {
		if (eventPlace && secondChoice != null && places.take(SeatCounters.name(secondChoice))) {
			return new Seat(secondChoice, 2, ChoiceStatus.CONFIRMED);
		}
		if (eventPlace && places.take(SeatCounters.name(target))) {
			return new Seat(target, 1, ChoiceStatus.CONFIRMED);
		}
		return new Seat(target, 1, ChoiceStatus.WAITLISTED);
	}

	/**
	 * Where a session choice goes.
	 * @param sessionId the session held or waited for
	 * @param preference 1: the first choice, 2: the second
	 * @param status holding a place or waiting
	 */
	record Seat(Long sessionId, int preference, ChoiceStatus status) {

		RegistrationChoice choice(Long registrationId, Long partId, Long secondSessionId,
				java.time.LocalDateTime now) {
			return RegistrationChoice.of(registrationId, partId, this.sessionId, this.preference, secondSessionId,
					this.status, now);
		}

	}

}
