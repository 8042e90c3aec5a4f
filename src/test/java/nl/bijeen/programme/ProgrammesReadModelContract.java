package nl.bijeen.programme;

import java.time.Duration;
import java.util.List;

import nl.bijeen.common.ConflictException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import static nl.bijeen.programme.PartKind.DEBATE;
import static nl.bijeen.programme.PartKind.LUNCH;
import static nl.bijeen.programme.PartKind.OPENING;
import static nl.bijeen.programme.PartKind.ROUND;
import static nl.bijeen.programme.ProgrammeTestData.at;
import static nl.bijeen.programme.ProgrammeTestData.part;
import static nl.bijeen.programme.ProgrammeTestData.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read model ({@link Programmes}, {@link Timetable}) and copying a programme ({@link ProgrammeCopier}),
 * on H2 and PostgreSQL. The programme resembles the Empowerment conference: a day chair, an opening, a
 * debate with a panel, a round of two workshops, lunch.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ Programmes.class, ProgrammeEditor.class, ContributionEditor.class, ProgrammeCopier.class,
		ProgrammeSnapshots.class, PeopleDirectory.class, EventCatalog.class, nl.bijeen.events.CalendarSequence.class,
		EventSeeds.class, PeopleSeeds.class })
@ComponentScan(basePackages = "nl.bijeen.common")
abstract class ProgrammesReadModelContract {

	@Autowired
	Programmes programmes;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	ProgrammeEditor editor;

	@Autowired
	ContributionEditor contributionEditor;

	@Autowired
	ProgrammeCopier copier;

	@Autowired
	EventSeeds eventSeeds;

	long eventId;

	Person chair;

	Person kal;

	Person prinsen;

	ProgrammePart debate;

	ProgrammePart round;

	Session kwartiermaken;

	@BeforeEach
	void programme() {
		this.eventId = ProgrammeTestData.event(this.eventSeeds, "empowerment").getId();
		this.chair = ProgrammeTestData.person(this.peopleSeeds, "tanja-bubic", "Tanja Bubic");
		this.kal = ProgrammeTestData.person(this.peopleSeeds, "doortje-kal", "Doortje Kal");
		this.prinsen = ProgrammeTestData.person(this.peopleSeeds, "madeleine-prinsen", "Madeleine Prinsen");
		// added out of time order on purpose
		this.editor.addPart(this.eventId, part(LUNCH, "Lunch", 12, 30, 13, 30));
		this.round = this.editor.addPart(this.eventId, part(ROUND, "Workshopronde", 11, 0, 12, 30));
		this.debate = this.editor.addPart(this.eventId, part(DEBATE, "Debat", 10, 0, 11, 0));
		this.editor.addPart(this.eventId, part(OPENING, "Opening", 9, 30, 10, 0));
		this.kwartiermaken = this.editor
			.addSession(this.eventId, this.round.id(),
					new SessionDetails("Kwartiermaken", "Ruimte voor anders zijn", "Zaal 2", null, 25))
			.value();
		this.editor.addSession(this.eventId, this.round.id(),
				new SessionDetails("Online", null, null, "https://meet.example.org/b", null));
		contribute(ContributionTarget.wholeEvent(), this.chair, Role.DAY_CHAIR);
		contribute(ContributionTarget.part(this.debate.id()), this.prinsen, Role.PANEL_MEMBER);
		contribute(ContributionTarget.part(this.debate.id()), this.kal, Role.PANEL_MEMBER);
		contribute(ContributionTarget.session(this.kwartiermaken.id()), this.kal, Role.SESSION_LEADER);
		contribute(ContributionTarget.session(this.kwartiermaken.id()), this.prinsen, Role.SESSION_LEADER);
	}

	private void contribute(ContributionTarget target, Person person, Role role) {
		this.contributionEditor.add(this.eventId, target, person.id(), role);
	}

	@Test
	void timetableListsPartsInTimeOrderWithContributorsAndSessions() {
		Timetable timetable = this.programmes.of(this.eventId);
		assertThat(timetable.parts()).extracting(TimetablePart::title)
			.containsExactly("Opening", "Debat", "Workshopronde", "Lunch");
		assertThat(timetable.eventContributors()).extracting(c -> c.person().name(), Contributor::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Tanja Bubic", Role.DAY_CHAIR));
		TimetablePart debate = timetable.parts().get(1);
		assertThat(debate.kind()).isEqualTo(DEBATE);
		assertThat(debate.startsAt()).isEqualTo(at(10, 0));
		assertThat(debate.contributors()).extracting(c -> c.person().name())
			.containsExactly("Madeleine Prinsen", "Doortje Kal");
		assertThat(debate.sessions()).isEmpty();
		assertThat(timetable.rounds()).singleElement().satisfies(round -> {
			assertThat(round.contributors()).isEmpty();
			assertThat(round.sessions()).extracting(SessionView::title).containsExactly("Kwartiermaken", "Online");
			SessionView first = round.sessions().get(0);
			assertThat(first.room()).isEqualTo("Zaal 2");
			assertThat(first.capacity()).isEqualTo(25);
			assertThat(first.description()).isEqualTo("Ruimte voor anders zijn");
			assertThat(first.leaders()).extracting(Person::name).containsExactly("Doortje Kal", "Madeleine Prinsen");
			assertThat(round.sessions().get(1).onlineBreakout()).isEqualTo("https://meet.example.org/b");
			assertThat(round.sessions().get(1).isLimited()).isFalse();
		});
		assertThat(timetable.days()).containsExactly(at(0, 0).toLocalDate());
	}

	@Test
	void groupsContributorsByRoleEachPersonOnce() {
		contribute(ContributionTarget.wholeEvent(), this.kal, Role.SPEAKER);
		List<ContributorGroup> groups = this.programmes.contributorsOf(this.eventId);
		assertThat(groups).extracting(ContributorGroup::role)
			.containsExactly(Role.DAY_CHAIR, Role.SPEAKER, Role.PANEL_MEMBER, Role.SESSION_LEADER);
		assertThat(groups.get(2).people()).extracting(Person::name)
			.containsExactly("Madeleine Prinsen", "Doortje Kal");
		assertThat(groups.get(3).people()).extracting(Person::name)
			.containsExactly("Doortje Kal", "Madeleine Prinsen");
	}

	@Test
	void findsSessionsForRegistration() {
		assertThat(this.programmes.sessionsOfEvent(this.eventId)).extracting(SessionView::title)
			.containsExactly("Kwartiermaken", "Online");
		SessionView view = this.programmes.session(this.kwartiermaken.id()).orElseThrow();
		assertThat(view.roundId()).isEqualTo(this.round.id());
		assertThat(view.roundTitle()).isEqualTo("Workshopronde");
		assertThat(view.startsAt()).isEqualTo(at(11, 0));
		assertThat(view.endsAt()).isEqualTo(at(12, 30));
		assertThat(view.eventId()).isEqualTo(this.eventId);
		assertThat(this.programmes.session(-1)).isEmpty();
		assertThat(this.programmes.part(this.debate.id())).map(TimetablePart::title).contains("Debat");
	}

	@Test
	void anEventWithoutProgrammeHasAnEmptyTimetable() {
		Timetable timetable = this.programmes.of(-1);
		assertThat(timetable.isEmpty()).isTrue();
		assertThat(timetable.rounds()).isEmpty();
		assertThat(this.programmes.contributorsOf(-1)).isEmpty();
	}

	@Test
	void copiesAProgrammeToAnotherEventShiftedInTime() {
		Event next = this.eventSeeds.save(Event.draft("empowerment-2028", "Empowerment", at(9, 0).plusDays(364),
				at(17, 0).plusDays(364)));
		int copied = this.copier.copyProgramme(this.eventId, next.getId(), Duration.ofDays(364));
		assertThat(copied).isEqualTo(4);
		Timetable original = this.programmes.of(this.eventId);
		Timetable copy = this.programmes.of(next.getId());
		assertThat(copy.parts()).extracting(TimetablePart::title, p -> p.startsAt().minusDays(364))
			.containsExactlyElementsOf(original.parts()
				.stream()
				.map(p -> org.assertj.core.groups.Tuple.tuple(p.title(), p.startsAt()))
				.toList());
		assertThat(copy.parts()).extracting(TimetablePart::id)
			.doesNotContainAnyElementsOf(original.parts().stream().map(TimetablePart::id).toList());
		assertThat(copy.eventContributors()).extracting(c -> c.person().name()).containsExactly("Tanja Bubic");
		assertThat(copy.parts().get(1).contributors()).extracting(c -> c.person().name())
			.containsExactly("Madeleine Prinsen", "Doortje Kal");
		SessionView copiedSession = copy.rounds().get(0).sessions().get(0);
		assertThat(copiedSession.leaders()).extracting(Person::name).containsExactly("Doortje Kal", "Madeleine Prinsen");
		assertThat(copiedSession.roundId()).isEqualTo(copy.rounds().get(0).id());
		assertThat(copiedSession.capacity()).isEqualTo(25);
		assertThat(this.programmes.contributorsOf(next.getId())).hasSameSizeAs(this.programmes.contributorsOf(this.eventId));
		assertThatThrownBy(() -> this.copier.copyProgramme(this.eventId, next.getId(), Duration.ofDays(364)))
			.isInstanceOf(ConflictException.class);
		assertThat(this.programmes.of(next.getId()).parts()).hasSize(4);
	}

}
