package nl.bijeen.registration.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
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
import org.springframework.jdbc.support.GeneratedKeyHolder;
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

	private static final String INSERT_REGISTRATION = """
			insert into registration (event_id, token_hash, email, name, organisation, job_title, locale, attendance,
			    status, waitlisted_at, newsletter_opt_in, consent_at, register_name, registration_number,
			    idempotency_key, created_at, updated_at, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final String INSERT_CHOICE = """
			insert into registration_choice (registration_id, part_id, session_id, preference, second_session_id,
			    status, waitlisted_at, version)
			values (?, ?, ?, ?, ?, ?, ?, 0)""";

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
		List<Registration> saved = insertRegistrations(planned);
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
		RegistrationStatus status = !place ? RegistrationStatus.WAITLISTED
				: settings.approvalRequired() ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
		List<RegistrationChoice> choices = new ArrayList<>();
		for (Map.Entry<Round, SessionPick> entry : request.picks().entrySet()) {
			Long round = entry.getKey().id();
			SessionPick pick = entry.getValue();
			if (place && take(counters.get(SeatCounters.name(pick.first())), claimed)) {
				choices.add(RegistrationChoice.of(null, round, pick.first(), 1, pick.second(), ChoiceStatus.CONFIRMED, now));
			}
			else if (place && pick.second() != null
					&& take(counters.get(SeatCounters.name(pick.second())), claimed)) {
				choices.add(RegistrationChoice.of(null, round, pick.second(), 2, pick.second(), ChoiceStatus.CONFIRMED,
						now));
			}
			else if (place && !settings.waitingListEnabled()) {
				claimed.forEach(c -> c.taken--);
				return new RegistrationRejected(new Problem("choices[" + round + "]", "registration.error.sessionFull"));
			}
			else {
				choices.add(RegistrationChoice.of(null, round, pick.first(), 1, pick.second(), ChoiceStatus.WAITLISTED,
						now));
			}
		}
		String token = PersonalLinks.newToken();
		Registration registration = Registration.create(request.event().getId(), PersonalLinks.hash(token),
				request.applicant(), status, request.idempotencyKey(), now);
		return new Planned(index, request, registration, choices, token);
	}

	private static boolean take(Counter counter, List<Counter> claimed) {
		if (counter.capacity != null && counter.taken >= counter.capacity) {
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

	private List<Registration> insertRegistrations(List<Planned> planned) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.batchUpdate(con -> con.prepareStatement(INSERT_REGISTRATION, new String[] { "id" }),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						setRegistration(ps, planned.get(i).registration());
					}

					@Override
					public int getBatchSize() {
						return planned.size();
					}
				}, keys);
		List<Map<String, Object>> ids = keys.getKeyList();
		if (ids.size() != planned.size()) {
			throw new IllegalStateException("Expected " + planned.size() + " generated ids, got " + ids.size());
		}
		List<Registration> saved = new ArrayList<>(planned.size());
		for (int i = 0; i < planned.size(); i++) {
			Number id = (Number) ids.get(i).values().iterator().next();
			saved.add(planned.get(i).registration().withId(id.longValue()));
		}
		return saved;
	}

	private static void setRegistration(PreparedStatement ps, Registration r) throws SQLException {
		ps.setLong(1, r.eventId());
		ps.setString(2, r.tokenHash());
		ps.setString(3, r.email());
		ps.setString(4, r.name());
		ps.setString(5, r.organisation());
		ps.setString(6, r.jobTitle());
		ps.setString(7, r.locale());
		ps.setString(8, r.attendance().name());
		ps.setString(9, r.status().name());
		ps.setTimestamp(10, (r.waitlistedAt() != null) ? Timestamp.valueOf(r.waitlistedAt()) : null);
		ps.setBoolean(11, r.newsletterOptIn());
		ps.setTimestamp(12, Timestamp.valueOf(r.consentAt()));
		ps.setString(13, r.registerName());
		ps.setString(14, r.registrationNumber());
		ps.setString(15, r.idempotencyKey());
		ps.setTimestamp(16, Timestamp.valueOf(r.createdAt()));
		ps.setTimestamp(17, Timestamp.valueOf(r.updatedAt()));
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
		if (!choices.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_CHOICE, choices, choices.size(), (ps, c) -> {
				ps.setLong(1, c.registrationId());
				ps.setLong(2, c.partId());
				ps.setLong(3, c.sessionId());
				ps.setInt(4, c.preference());
				if (c.secondSessionId() != null) {
					ps.setLong(5, c.secondSessionId());
				}
				else {
					ps.setNull(5, Types.BIGINT);
				}
				ps.setString(6, c.status().name());
				ps.setTimestamp(7, Timestamp.valueOf(c.waitlistedAt()));
			});
		}
		if (!answers.isEmpty()) {
			this.jdbc.batchUpdate(
					"insert into registration_answer (registration_id, question_id, answer) values (?, ?, ?)", answers,
					answers.size(), (ps, a) -> {
						ps.setLong(1, a.registrationId());
						ps.setLong(2, a.questionId());
						ps.setString(3, a.answer());
					});
		}
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
