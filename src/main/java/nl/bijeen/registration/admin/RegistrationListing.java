package nl.bijeen.registration.admin;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.bijeen.common.WallClockJson;

/**
 * One page of an event's registrations in the organisers' API.
 */
@Schema(name = "RegistrationListing", description = "One page of an event's registrations")
public record RegistrationListing(List<Item> items, int page, int size, long totalItems, int totalPages) {

	static RegistrationListing of(ParticipantPage page, Columns columns) {
		return new RegistrationListing(page.items().stream().map(p -> Item.of(p, columns)).toList(), page.page(),
				page.size(), page.total(), page.totalPages());
	}

	/**
	 * One registration.
	 */
	@Schema(name = "OrganiserRegistration")
	public record Item(Long id, String name, String email, String organisation, String jobTitle,
			@Schema(description = "CONFIRMED, WAITLISTED, PENDING_APPROVAL, OFFERED, CANCELLED or REJECTED") String status,
			@Schema(description = "VENUE or ONLINE") String attendance,
			@Schema(example = "2027-11-01T14:05:09+01:00") OffsetDateTime registeredAt, OffsetDateTime waitlistedAt, String accreditationRegister, String registrationNumber,
			List<Choice> sessions, List<Answer> answers) {

		static Item of(Participant p, Columns columns) {
			List<Choice> choices = new ArrayList<>();
			for (int i = 0; i < columns.rounds().size(); i++) {
				Participant.Pick pick = p.picks().get(i);
				if (pick != null) {
					choices.add(new Choice(pick.partId(), columns.rounds().get(i).part().title(), pick.sessionId(),
							pick.title(), pick.waiting()));
				}
			}
			List<Answer> answers = new ArrayList<>();
			for (int i = 0; i < columns.questions().size(); i++) {
				if (p.answers().get(i) != null) {
					answers.add(new Answer(columns.questions().get(i).id(), columns.questions().get(i).text(),
							p.answers().get(i)));
				}
			}
			boolean accredited = columns.accredited();
			return new Item(p.id(), p.name(), p.email(), p.organisation(), p.jobTitle(), p.status().name(),
					p.attendance().name(), WallClockJson.withOffset(p.registeredAt()),
					WallClockJson.withOffset(p.waitlistedAt()), accredited ? p.registerName() : null,
					accredited ? p.registrationNumber() : null, choices, answers);
		}

	}

	/**
	 * The session chosen in one round; {@code waiting}: on its waiting list.
	 */
	public record Choice(Long roundId, String round, Long sessionId, String session, boolean waiting) {

	}

	/**
	 * The answer to one of the event's own questions (options of a multiple choice question one per line).
	 */
	public record Answer(Long questionId, String question, String answer) {

	}

}
