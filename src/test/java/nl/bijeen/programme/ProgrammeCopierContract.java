package nl.bijeen.programme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventEditor;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Duplicating an event copies its programme: parts shifted in time, sessions and contributions pointing at
 * the copies. On H2 and PostgreSQL.
 */
@SpringBootTest
@Transactional
abstract class ProgrammeCopierContract {

	@Autowired
	EventEditor editor;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	ProgrammeParts parts;

	@Autowired
	Sessions sessions;

	@Autowired
	Contributions contributions;

	@Test
	void copiesPartsSessionsAndContributionsShiftedToTheNewDate() {
		Event source = this.eventSeeds.save(Event.draft("empowerment-2027", "Empowerment",
				LocalDateTime.of(2027, 3, 14, 9, 30), LocalDateTime.of(2027, 3, 14, 16, 30)));
		Person chair = this.peopleSeeds.save(Person.create("tanja-bubic", "Tanja Bubic", "dagvoorzitter", null, null, null));
		Person leader = this.peopleSeeds.save(Person.create("doortje-kal", "Doortje Kal", null, null, null, null));
		ProgrammePart opening = this.parts.save(ProgrammePart.create(source.getId(), PartKind.OPENING, "Opening", null,
				LocalDateTime.of(2027, 3, 14, 10, 0), LocalDateTime.of(2027, 3, 14, 10, 30), "Grote zaal"));
		ProgrammePart round = this.parts.save(ProgrammePart.create(source.getId(), PartKind.ROUND, "Workshopronde 1",
				null, LocalDateTime.of(2027, 3, 14, 13, 0), LocalDateTime.of(2027, 3, 14, 14, 15), null));
		Session kwartiermaken = this.sessions.save(Session.create(round, 1, "Kwartiermaken", null, "Zaal 2", 30));
		this.contributions.save(Contribution.toEvent(source.getId(), chair.id(), Role.DAY_CHAIR, 0));
		this.contributions.save(Contribution.toPart(opening, chair.id(), Role.HOST, 0));
		this.contributions.save(Contribution.toSession(kwartiermaken, leader.id(), Role.SESSION_LEADER, 0));

		Event copy = this.editor.duplicate(source.getId(), LocalDate.of(2028, 3, 12));

		List<ProgrammePart> copiedParts = this.parts.findByEventIdOrderByStartsAtAscIdAsc(copy.getId());
		assertThat(copiedParts).extracting(ProgrammePart::title).containsExactly("Opening", "Workshopronde 1");
		assertThat(copiedParts.get(0).startsAt()).isEqualTo(LocalDateTime.of(2028, 3, 12, 10, 0));
		assertThat(copiedParts.get(0).location()).isEqualTo("Grote zaal");
		List<Session> copiedSessions = this.sessions.findByEventIdOrderByPositionAscIdAsc(copy.getId());
		assertThat(copiedSessions).singleElement().satisfies(s -> {
			assertThat(s.partId()).isEqualTo(copiedParts.get(1).id());
			assertThat(s.capacity()).isEqualTo(30);
		});
		List<Contribution> copied = this.contributions.findByEventIdOrderByPositionAscIdAsc(copy.getId());
		assertThat(copied).hasSize(3);
		assertThat(copied).filteredOn(c -> c.role() == Role.SESSION_LEADER)
			.singleElement()
			.satisfies(c -> assertThat(c.sessionId()).isEqualTo(copiedSessions.get(0).id()));
		assertThat(copied).filteredOn(c -> c.role() == Role.HOST)
			.singleElement()
			.satisfies(c -> assertThat(c.partId()).isEqualTo(copiedParts.get(0).id()));
		assertThat(this.parts.findByEventIdOrderByStartsAtAscIdAsc(source.getId())).hasSize(2);
	}

}
