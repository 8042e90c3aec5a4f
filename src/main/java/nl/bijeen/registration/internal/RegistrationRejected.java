package nl.bijeen.registration.internal;

import java.util.List;

/**
 * A registration (or a change) that cannot be accepted as given; nothing was stored.
 */
public class RegistrationRejected extends RuntimeException {

	private final transient List<Problem> problems;

	public RegistrationRejected(List<Problem> problems) {
		super("Registration rejected: " + problems.stream().map(Problem::code).toList());
		this.problems = List.copyOf(problems);
	}

	public RegistrationRejected(Problem problem) {
		this(List.of(problem));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * Whether the registration can never succeed as such (closed, full), rather than being badly filled in.
	 */
	public boolean isConflict() {
		return this.problems.stream().anyMatch(p -> p.code().startsWith("registration.closed")) || isNoPlace();
	}

	/**
	 * Whether the registration was refused only because there is no place: the event or a chosen workshop
	 * is full and has no waiting list.
	 */
	public boolean isNoPlace() {
		return !this.problems.isEmpty() && this.problems.stream()
			.allMatch(p -> p.code().equals("registration.error.full") || p.code().equals("registration.error.sessionFull"));
	}

	/**
	 * The refusal to tell by mail for this registration, refused for lack of places ({@link #isNoPlace()}).
	 */
	nl.bijeen.registration.RegistrationRefused refusal(ValidRegistration valid) {
		boolean sessionFull = this.problems.stream().noneMatch(p -> p.code().equals("registration.error.full"));
		return new nl.bijeen.registration.RegistrationRefused(valid.event().getId(), valid.applicant().email(),
				valid.applicant().name(), valid.applicant().locale().toLanguageTag(), sessionFull);
	}

}
