package nl.bijeen.programme;

import java.util.List;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.Person;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns people in a role to an event, a programme part or a session, and keeps them in order. The same
 * person cannot have the same role twice on the same target ({@link InvalidProgrammeException} on the
 * field {@code personId}).
 */
@Service
@Transactional
public class ContributionEditor {

	private final Contributions contributions;

	private final ProgrammeParts parts;

	private final Sessions sessions;

	private final PeopleDirectory people;

	ContributionEditor(Contributions contributions, ProgrammeParts parts, Sessions sessions,
			PeopleDirectory people) {
		this.contributions = contributions;
		this.parts = parts;
		this.sessions = sessions;
		this.people = people;
	}

	/**
	 * Adds a person in a role at the end of the target's list.
	 */
	public Contribution add(long eventId, ContributionTarget target, Long personId, Role role) {
		Long partId = checkTarget(eventId, target);
		Problems problems = new Problems().required("personId", personId).required("role", role);
		Person person = personId == null ? null : this.people.person(personId).orElse(null);
		if (personId != null && person == null) {
			problems.reject("personId", "programme.contribution.unknownPerson");
		}
		List<Contribution> existing = ofTarget(eventId, target);
		if (person != null && existing.stream().anyMatch(c -> c.personId().equals(personId) && c.role() == role)) {
			problems.reject("personId", "programme.contribution.duplicate", person.name());
		}
		problems.throwIfAny();
		int position = existing.stream().mapToInt(Contribution::position).max().orElse(-1) + 1;
		return this.contributions.save(
				new Contribution(null, eventId, personId, role, partId, target.sessionId(), position, null));
	}

	/**
	 * Moves a contribution one place earlier ({@code -1}) or later ({@code +1}) among those of its target.
	 */
	public void move(long eventId, long contributionId, int direction) {
		Contribution contribution = contribution(eventId, contributionId);
		List<Contribution> list = ofTarget(eventId, ContributionTarget.of(contribution));
		int index = list.indexOf(contribution);
		int other = index + Integer.signum(direction);
		if (other < 0 || other >= list.size()) {
			return;
		}
		for (int i = 0; i < list.size(); i++) {
			renumber(list.get(i), (i == index) ? other : (i == other) ? index : i);
		}
	}

	public void remove(long eventId, long contributionId) {
		Contribution contribution = contribution(eventId, contributionId);
		this.contributions.delete(contribution);
		List<Contribution> rest = ofTarget(eventId, ContributionTarget.of(contribution));
		for (int i = 0; i < rest.size(); i++) {
			renumber(rest.get(i), i);
		}
	}

	private void renumber(Contribution c, int position) {
		if (c.position() != position) {
			this.contributions.save(new Contribution(c.id(), c.eventId(), c.personId(), c.role(), c.partId(),
					c.sessionId(), position, c.version()));
		}
	}

	private List<Contribution> ofTarget(long eventId, ContributionTarget target) {
		return this.contributions.findByEventIdOrderByPositionAscIdAsc(eventId)
			.stream()
			.filter(target::matches)
			.sorted(Programmes.IN_ORDER)
			.toList();
	}

	/**
	 * Checks that the target belongs to the event; answers the part to store with the contribution.
	 */
	private Long checkTarget(long eventId, ContributionTarget target) {
		if (target.sessionId() != null) {
			return this.sessions.findById(target.sessionId())
				.filter(s -> s.eventId() == eventId)
				.map(Session::partId)
				.orElseThrow(() -> new NotFoundException("No session " + target.sessionId() + " in " + eventId));
		}
		if (target.partId() != null) {
			return this.parts.findById(target.partId())
				.filter(p -> p.eventId() == eventId)
				.map(ProgrammePart::id)
				.orElseThrow(() -> new NotFoundException("No part " + target.partId() + " in " + eventId));
		}
		return null;
	}

	private Contribution contribution(long eventId, long contributionId) {
		return this.contributions.findById(contributionId)
			.filter(c -> c.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("No contribution " + contributionId + " in " + eventId));
	}

}
