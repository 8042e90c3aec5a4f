package nl.bijeen.registration.admin;

import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.internal.RegistrationStatus;

/**
 * One registration as organisers see it: who, where, the session per round and the answers to the event's
 * own questions, in the order of {@link Columns}.
 *
 * @param picks the session per round ({@code null} where nothing was chosen), in programme order
 * @param answers the answer per question ({@code null} where not answered), in form order
 */
public record Participant(Long id, String name, String email, String organisation, String jobTitle,
		RegistrationStatus status, Attendance attendance, LocalDateTime registeredAt, LocalDateTime waitlistedAt,
		String registerName, String registrationNumber, List<Pick> picks, List<String> answers) {

	/**
	 * The session held, or waited for, in one round.
	 */
	public record Pick(Long partId, Long sessionId, String title, boolean waiting) {

	}

	/**
	 * Whether this registration's personal data was erased (retention or a request): its name and address
	 * are gone, what is left counts for the figures only.
	 */
	public boolean erased() {
		return nl.bijeen.registration.internal.Pseudonymiser.isPseudonym(this.email);
	}

	public boolean waiting() {
		return this.status == RegistrationStatus.WAITLISTED;
	}

	public boolean pending() {
		return this.status == RegistrationStatus.PENDING_APPROVAL;
	}

	/**
	 * The answer to the question at this index on one line (the options of a multiple choice question
	 * separated by commas), or an empty text.
	 */
	public String answerText(int index) {
		String answer = this.answers.get(index);
		return answer == null ? "" : String.join(", ", answer.split("\\R"));
	}

	public boolean active() {
		return this.status.isActive();
	}

}
