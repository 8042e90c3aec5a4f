package nl.bijeen.registration.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores many new registrations for one event with a handful of statements, inside the caller's
 * transaction: it locks the event's place counters involved ({@code select ... for update}), hands out the
 * places in the order the registrations arrived, exactly as {@link RegistrationWriter} would one by one,
 * writes the new counts, and inserts the registrations and their choices and answers in JDBC batches.
 * Because the counters stay locked until the transaction ends, nobody can take a place in between: the
 * capacity check is atomic in the database all the same.
 * <p>
 * Only plain new registrations are handled here. A request that repeats an idempotency key or uses an
 * address already registered (also earlier in the same batch) is left to {@link RegistrationWriter}.
 */
@Component
class BulkRegistrations {

	private final JdbcTemplate jdbc;

	private final RegistrationRows rows;

	BulkRegistrations(JdbcTemplate jdbc, RegistrationRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	/**
	 * Stores the plain new registrations among these, all for the same event.
	 * @return per request (same order): its {@link RegistrationWriter.Written} outcome, the
	 * {@link RegistrationRejected} refusal, or {@code null} when it is left to {@link RegistrationWriter}
	 */
	List<Object> write(Long eventId, List<ValidRegistration> requests) {
		List<Object> outcomes = new ArrayList<>(Collections.nCopies(requests.size(), null));
		List<Integer> fresh = plainNewOnes(eventId, requests);
		if (fresh.isEmpty()) {
			return outcomes;
		}
		Map<String, Counter> counters = lockCounters(eventId, fresh, requests);
		if (counters == null) {
			return outcomes;
		}
		LocalDateTime now = Seating.now();
		List<Planned> planned = new ArrayList<>();
		for (int i : fresh) {
			Object plan = plan(i, requests.get(i), counters, now);
			if (plan instanceof Planned p) {
				planned.add(p);
			}
			outcomes.set(i, plan instanceof Planned ? null : plan);
		}
		saveCounters(eventId, counters);
		if (planned.isEmpty()) {
			return outcomes;
		}
		List<Registration> saved = this.rows
			.insertAll(planned.stream().map(Planned::registration).toList());
		insertChoicesAndAnswers(planned, saved, now);
		for (int p = 0; p < planned.size(); p++) {
			Registration registration = saved.get(p);
			IssuedLinks.remember(registration.id(), planned.get(p).token());
			RegistrationResult result = new RegistrationResult(RegistrationResult.Kind.NEW, registration.id(),
					registration.status(), planned.get(p).token());
			outcomes.set(planned.get(p).index(),
					new RegistrationWriter.Written(result, List.of(RegistrationWriter.announcement(registration))));
		}
		return outcomes;
	}

	/**
	 * The positions of the requests whose address and idempotency key are new to the event and to the batch.
	 */
	private List<Integer> plainNewOnes(Long eventId, List<ValidRegistration> requests) {
		Set<String> emails = new HashSet<>();
		Set<String> keys = new HashSet<>();
		for (ValidRegistration r : requests) {
			emails.add(r.applicant().email());
			if (r.idempotencyKey() != null) {
				keys.add(r.idempotencyKey());
			}
		}
		Set<String> usedEmails = new HashSet<>();
		Set<String> usedKeys = new HashSet<>();
		for (RegistrationRows.Known known : this.rows.known(eventId, emails, keys)) {
			usedEmails.add(known.email());
			if (known.idempotencyKey() != null) {
				usedKeys.add(known.idempotencyKey());
			}
		}
		List<Integer> fresh = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			ValidRegistration r = requests.get(i);
			String key = r.idempotencyKey();
			if (usedEmails.add(r.applicant().email()) && (key == null || usedKeys.add(key))) {
				fresh.add(i);
			}
		}
		return fresh;
	}

	/**
	 * Locks the counters these requests may take places from, the event's before the sessions' (the order
	 * {@link RegistrationWriter} takes them in); {@code null} if one does not exist (yet).
	 */
	private Map<String, Counter> lockCounters(Long eventId, List<Integer> fresh, List<ValidRegistration> requests) {
		Set<String> names = new HashSet<>();
		for (int i : fresh) {
			ValidRegistration r = requests.get(i);
			names.add(SeatCounters.name(r.applicant().attendance()));
			r.picks().values().forEach(pick -> {
				names.add(SeatCounters.name(pick.first()));
				if (pick.second() != null) {
					names.add(SeatCounters.name(pick.second()));
				}
			});
		}
		Map<String, Counter> counters = new LinkedHashMap<>();
		this.rows.lockCounters(eventId, names)
			.forEach(c -> counters.put(c.name(), new Counter(c.capacity(), c.taken())));
		return counters.keySet().containsAll(names) ? counters : null;
	}

	/**
	 * Hands out the places for one request in the counters (as {@link RegistrationWriter} does with
	 * conditional updates).
	 * @return the {@link Planned} registration, or the {@link RegistrationRejected} refusal
	 */
	private static Object plan(int index, ValidRegistration request, Map<String, Counter> counters,
			LocalDateTime now) {
		RegistrationSettings settings = request.settings();
		List<Counter> claimed = new ArrayList<>();
		boolean place = take(counters.get(SeatCounters.name(request.applicant().attendance())), claimed);
		if (!place && !settings.waitingListEnabled()) {
			return new RegistrationRejected(Problem.global("registration.error.full"));
		}
		RegistrationStatus status = SeatRules.onArrival(place, settings);
		List<RegistrationChoice> choices = new ArrayList<>();
		SeatRules.Places places = name -> take(counters.get(name), claimed);
		for (Map.Entry<Round, SessionPick> entry : request.picks().entrySet()) {
			Long round = entry.getKey().id();
			SessionPick pick = entry.getValue();
			SeatRules.Seat seat = SeatRules.choose(places, place, pick.first(), pick.second(),
					settings.waitingListEnabled());
			if (seat == null) {
				claimed.forEach(c -> c.taken--);
				return new RegistrationRejected(new Problem("choices[" + round + "]", "registration.error.sessionFull"));
			}
			choices.add(seat.choice(null, round, pick.second(), now));
		}
		String token = PersonalLinks.newToken();
		Registration registration = Registration.create(request.event().getId(), PersonalLinks.hash(token),
				request.applicant(), status, request.idempotencyKey(), now);
		return new Planned(index, request, registration, choices, token);
	}

	private static boolean take(Counter counter, List<Counter> claimed) {
		if (!SeatRules.hasRoom(counter.capacity, counter.taken)) {
			return false;
		}
		counter.taken++;
		claimed.add(counter);
		return true;
	}

	private void saveCounters(Long eventId, Map<String, Counter> counters) {
		List<Map.Entry<String, Counter>> changed = counters.entrySet()
			.stream()
			.filter(e -> e.getValue().taken != e.getValue().original)
			.toList();
		if (changed.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("update seat_counter set taken = ? where event_id = ? and name = ?",
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						ps.setInt(1, changed.get(i).getValue().taken);
						ps.setLong(2, eventId);
						ps.setString(3, changed.get(i).getKey());
					}

					@Override
					public int getBatchSize() {
						return changed.size();
					}
				});
	}

	private void insertChoicesAndAnswers(List<Planned> planned, List<Registration> saved, LocalDateTime now) {
		List<RegistrationChoice> choices = new ArrayList<>();
		List<RegistrationAnswer> answers = new ArrayList<>();
		for (int i = 0; i < planned.size(); i++) {
			Long id = saved.get(i).id();
			planned.get(i).choices().forEach(c -> choices.add(RegistrationChoice.of(id, c.partId(), c.sessionId(),
					c.preference(), c.secondSessionId(), c.status(), now)));
			planned.get(i).request().answers().forEach((question, answer) -> answers
				.add(new RegistrationAnswer(null, id, question, answer)));
		}
		this.rows.insertChoices(choices);
		this.rows.insertAnswers(answers);
	}

	/**
	 * A place counter while places are handed out: the capacity ({@code null}: no limit) and the places taken.
	 */
	private static final class Counter {

		final Integer capacity;

		final int original;

		int taken;

		Counter(Integer capacity, int taken) {
			this.capacity = capacity;
			this.original = taken;
			this.taken = taken;
		}

	}

	/**
	 * A registration about to be inserted, with its choices (without ids yet) and its personal link token.
	 */
	private record Planned(int index, ValidRegistration request, Registration registration, List<RegistrationChoice> choices,
			String token) {
	}

}
