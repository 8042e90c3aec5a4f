package nl.bijeen.registration.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.TextRules;
import nl.bijeen.common.Zones;
import nl.bijeen.events.Event;
import nl.bijeen.registration.Attendance;

import org.springframework.stereotype.Component;

/**
 * Checks a registration request completely before anything is stored, collecting every problem.
 */
@Component
public class RegistrationValidator {

	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

	static final Pattern REGISTRATION_NUMBER = Pattern.compile("^[A-Za-z0-9-]{1,40}$");

	private final RegistrationContexts contexts;

	RegistrationValidator(RegistrationContexts contexts) {
		this.contexts = contexts;
	}

	public ValidRegistration validate(RegistrationRequest request) {
		return validate(request, false);
	}

	/**
	 * Validates a request; one made on site (a walk-in registered by the organiser at the check-in) may be made
	 * after registration closed and while the event runs, but not for a cancelled or postponed event, and its
	 * answers to the event's questions are not asked.
	 */
	public ValidRegistration validate(RegistrationRequest request, boolean onSite) {
		RegistrationContext context = this.contexts.of(request.eventId())
			.orElseThrow(() -> new NotFoundException("No event " + request.eventId()));
		Event event = context.event();
		EventWindow.closedReason(event, LocalDateTime.now(Zones.AMSTERDAM))
			.filter(p -> !onSite || p.code().equals("registration.closed.cancelled")
					|| p.code().equals("registration.closed.postponed"))
			.ifPresent(p -> {
				throw new RegistrationRejected(p);
			});
		RegistrationSettings settings = context.settings();
		List<Problem> problems = new ArrayList<>();
		Applicant applicant = applicant(event, settings, request.applicant(), problems);
		if (!request.consent()) {
			problems.add(new Problem("consent", "registration.error.consent"));
		}
		List<Round> rounds = context.rounds();
		Map<Round, SessionPick> picks = picks(rounds, settings, request.picks(), problems);
		Map<Long, String> answers = onSite ? Map.of()
				: QuestionAnswers.validate(context.questions(), request.answers(), problems);
		String key = request.idempotencyKey();
		if (key != null && (key.isBlank() || key.length() > 100 || !TextRules.isSingleLine(key))) {
			problems.add(Problem.global("registration.error.idempotencyKey"));
		}
		if (!problems.isEmpty()) {
			throw new RegistrationRejected(problems);
		}
		return new ValidRegistration(event, settings, rounds, applicant, picks, answers, key, onSite);
	}

	private static Applicant applicant(Event event, RegistrationSettings settings, Applicant raw,
			List<Problem> problems) {
		String name = text(raw.name(), "name", 200, true, problems);
		String email = text(raw.email(), "email", 254, true, problems);
		if (email != null) {
			email = email.toLowerCase(Locale.ROOT);
			if (!EMAIL.matcher(email).matches() || !deliverable(email)) {
				problems.add(new Problem("email", "registration.error.email"));
			}
		}
		String organisation = text(raw.organisation(), "organisation", 200, false, problems);
		String jobTitle = text(raw.jobTitle(), "jobTitle", 200, false, problems);
		List<Attendance> offered = Capacities.offered(event);
		Attendance attendance = raw.attendance();
		if (attendance == null && offered.size() == 1) {
			attendance = offered.get(0);
		}
		if (attendance == null || !offered.contains(attendance)) {
			problems.add(new Problem("attendance", "registration.error.attendance"));
		}
		String register = null;
		String number = null;
		if (settings.accredited()) {
			register = blankToNull(raw.registerName());
			number = text(raw.registrationNumber(), "registrationNumber", 40, false, problems);
			if (register != null && !settings.registers().contains(register)) {
				problems.add(new Problem("registerName", "registration.error.register"));
			}
			if (register != null && number == null) {
				problems.add(new Problem("registrationNumber", "registration.error.registrationNumber.missing"));
			}
			if (register == null && number != null) {
				problems.add(new Problem("registerName", "registration.error.register"));
			}
			if (number != null && !REGISTRATION_NUMBER.matcher(number).matches()) {
				problems.add(new Problem("registrationNumber", "registration.error.registrationNumber"));
			}
		}
		Locale locale = raw.locale() != null && "en".equals(raw.locale().getLanguage()) ? Locale.ENGLISH
				: Locale.forLanguageTag("nl");
		return new Applicant(name, email, organisation, jobTitle, locale, attendance, raw.newsletterOptIn(), register,
				number);
	}

	private static Map<Round, SessionPick> picks(List<Round> rounds, RegistrationSettings settings,
			Map<Long, SessionPick> given, List<Problem> problems) {
		Map<Long, SessionPick> raw = given == null ? Map.of() : given;
		Map<Round, SessionPick> picks = new LinkedHashMap<>();
		for (Long partId : raw.keySet()) {
			if (rounds.stream().noneMatch(r -> r.id().equals(partId))) {
				problems.add(new Problem("choices[" + partId + "]", "registration.error.session.unknown"));
			}
		}
		for (Round round : rounds) {
			SessionPick pick = raw.get(round.id());
			String field = "choices[" + round.id() + "]";
			if (pick == null || pick.first() == null) {
				problems.add(new Problem(field, "registration.error.session.required"));
				continue;
			}
			if (round.session(pick.first()).isEmpty()) {
				problems.add(new Problem(field, "registration.error.session.unknown"));
				continue;
			}
			Long second = settings.secondChoiceEnabled() ? pick.second() : null;
			if (second != null && (round.session(second).isEmpty() || second.equals(pick.first()))) {
				problems.add(new Problem("secondChoices[" + round.id() + "]", "registration.error.session.second"));
				continue;
			}
			picks.put(round, new SessionPick(pick.first(), second));
		}
		return picks;
	}

	private static boolean deliverable(String email) {
		try {
			jakarta.mail.internet.InternetAddress address = new jakarta.mail.internet.InternetAddress(email, true);
			address.validate();
			return email.equals(address.getAddress());
		}
		catch (jakarta.mail.internet.AddressException ex) {
			return false;
		}
	}

	static String text(String value, String field, int max, boolean required, List<Problem> problems) {
		String text = blankToNull(value);
		if (text == null) {
			if (required) {
				problems.add(new Problem(field, "registration.error.required"));
			}
			return null;
		}
		if (text.length() > max) {
			problems.add(new Problem(field, "registration.error.tooLong", max));
		}
		if (!TextRules.isSingleLine(text)) {
			problems.add(new Problem(field, "registration.error.controlCharacters"));
		}
		return text;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
