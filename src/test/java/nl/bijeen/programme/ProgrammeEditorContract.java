package nl.bijeen.programme;

import java.util.List;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static nl.bijeen.programme.PartKind.DEBATE;
import static nl.bijeen.programme.PartKind.LUNCH;
import static nl.bijeen.programme.PartKind.OPENING;
import static nl.bijeen.programme.PartKind.ROUND;
import static nl.bijeen.programme.ProgrammeTestData.at;
import static nl.bijeen.programme.ProgrammeTestData.part;
import static nl.bijeen.programme.ProgrammeTestData.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rules of {@link ProgrammeEditor} and {@link ContributionEditor}, on H2 and PostgreSQL.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ ProgrammeEditor.class, ContributionEditor.class, ProgrammeSnapshots.class, PeopleDirectory.class,
		ProgrammeEditorContract.Removals.class, nl.bijeen.events.CalendarSequence.class,
		nl.bijeen.events.EventCatalog.class, EventSeeds.class, PeopleSeeds.class })
@ComponentScan(basePackages = "nl.bijeen.common")
@RecordApplicationEvents
abstract class ProgrammeEditorContract {

	@Autowired
	ProgrammeEditor editor;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	ContributionEditor contributionEditor;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	PeopleDirectory peopleDirectory;

	@Autowired
	ProgrammeParts parts;

	@Autowired
	Sessions sessions;

	@Autowired
	Contributions contributions;

	@Autowired
	Removals removals;

	long eventId;

	@BeforeEach
	void event() {
		this.eventId = ProgrammeTestData.event(this.eventSeeds, "empowerment").getId();
		this.removals.seen.clear();
	}

	@Test
	void addsAPartWithinTheEvent() {
		ProgrammePart opening = this.editor.addPart(this.eventId,
				new PartDetails(OPENING, "  Opening  ", " Welkom ", at(9, 30), at(10, 0), "Grote zaal"));
		assertThat(this.parts.findById(opening.id())).get()
			.satisfies(p -> assertThat(p.title()).isEqualTo("Opening"))
			.satisfies(p -> assertThat(p.description()).isEqualTo("Welkom"))
			.satisfies(p -> assertThat(p.location()).isEqualTo("Grote zaal"));
	}

	@Test
	void rejectsAPartThatEndsBeforeItStarts() {
		assertProblem(() -> this.editor.addPart(this.eventId, part(OPENING, "Opening", 10, 0, 10, 0)), "endsAt",
				"programme.part.endBeforeStart");
		assertThat(this.parts.count()).isZero();
	}

	@Test
	void rejectsAPartOutsideTheEvent() {
		InvalidProgrammeException ex = catchThrowableOfType(InvalidProgrammeException.class,
				() -> this.editor.addPart(this.eventId, part(OPENING, "Opening", 8, 30, 17, 30)));
		assertThat(ex.getProblems()).extracting(ProgrammeProblem::field, ProgrammeProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("startsAt", "programme.part.beforeEvent"),
					org.assertj.core.groups.Tuple.tuple("endsAt", "programme.part.afterEvent"));
		assertThat(ex.getProblems().get(0).args()).containsExactly("12-10-2027 09:00");
	}

	@Test
	void rejectsMissingAndOverlongTexts() {
		InvalidProgrammeException ex = catchThrowableOfType(InvalidProgrammeException.class,
				() -> this.editor.addPart(this.eventId, new PartDetails(null, " ", "x".repeat(4001), null, null,
						"y".repeat(201))));
		assertThat(ex.getProblems()).extracting(ProgrammeProblem::field)
			.containsExactlyInAnyOrder("kind", "title", "description", "location", "startsAt", "endsAt");
		assertThat(ex.getProblems()).filteredOn(p -> "description".equals(p.field()))
			.singleElement()
			.satisfies(p -> assertThat(p.args()).containsExactly("4000", "4001"));
	}

	@Test
	void rejectsOverlappingPlenaryPartsNamingTheClash() {
		this.editor.addPart(this.eventId, part(OPENING, "Opening", 9, 30, 10, 0));
		this.editor.addPart(this.eventId, part(DEBATE, "Debat", 10, 0, 11, 0));
		ProgrammeProblem problem = assertProblem(
				() -> this.editor.addPart(this.eventId, part(LUNCH, "Lunch", 10, 45, 11, 30)), "startsAt",
				"programme.part.overlapsPlenary");
		assertThat(problem.args()).containsExactly("Debat", "10:00", "11:00");
	}

	@Test
	void letsRoundsOverlapEachOtherButNotPlenaryParts() {
		this.editor.addPart(this.eventId, part(OPENING, "Opening", 9, 30, 10, 0));
		this.editor.addPart(this.eventId, part(ROUND, "Ronde 1", 10, 0, 11, 30));
		this.editor.addPart(this.eventId, part(ROUND, "Korte ronde", 10, 0, 10, 45));
		ProgrammeProblem roundOnPlenary = assertProblem(
				() -> this.editor.addPart(this.eventId, part(ROUND, "Ronde 0", 9, 0, 9, 45)), "startsAt",
				"programme.part.roundOverlapsPlenary");
		assertThat(roundOnPlenary.args()).first().isEqualTo("Opening");
		ProgrammeProblem plenaryOnRound = assertProblem(
				() -> this.editor.addPart(this.eventId, part(LUNCH, "Lunch", 11, 0, 12, 0)), "startsAt",
				"programme.part.overlapsRound");
		assertThat(plenaryOnRound.args()).first().isEqualTo("Ronde 1");
		assertThat(this.parts.count()).isEqualTo(3);
	}

	@Test
	void updatingAPartDoesNotClashWithItself() {
		ProgrammePart opening = this.editor.addPart(this.eventId, part(OPENING, "Opening", 9, 30, 10, 0));
		ProgrammePart moved = this.editor.updatePart(this.eventId, opening.id(),
				part(OPENING, "Opening", 9, 15, 10, 15));
		assertThat(moved.startsAt()).isEqualTo(at(9, 15));
		assertThat(this.parts.findById(opening.id()).orElseThrow().endsAt()).isEqualTo(at(10, 15));
	}

	@Test
	void refusesToOverwriteAChangeSomeoneElseMadeMeanwhile() {
		ProgrammePart opening = this.editor.addPart(this.eventId, part(OPENING, "Opening", 9, 30, 10, 0));
		ProgrammePart changed = this.editor.updatePart(this.eventId, opening.id(), part(OPENING, "Welkom", 9, 30, 10, 0),
				opening.version());
		assertThatThrownBy(() -> this.editor.updatePart(this.eventId, opening.id(),
				part(OPENING, "Goedemorgen", 9, 30, 10, 0), opening.version()))
			.isInstanceOf(ConflictException.class)
			.extracting(ex -> ((ConflictException) ex).getCode())
			.isEqualTo("programme.changedMeanwhile");
		assertThat(this.parts.findById(opening.id()).orElseThrow().title()).isEqualTo("Welkom");
		ProgrammePart round = this.editor.addPart(this.eventId, part(ROUND, "Ronde", 10, 0, 11, 0));
		Session session = this.editor.addSession(this.eventId, round.id(), session("A", null, null)).value();
		this.editor.updateSession(this.eventId, session.id(), session("B", null, null), session.version());
		assertThatThrownBy(() -> this.editor.updateSession(this.eventId, session.id(), session("C", null, null),
				session.version()))
			.isInstanceOf(ConflictException.class);
		assertThat(this.sessions.findById(session.id()).orElseThrow().title()).isEqualTo("B");
		assertThat(changed.version()).isNotEqualTo(opening.version());
	}

	@Test
	void aRoundWithSessionsStaysARound() {
		ProgrammePart round = this.editor.addPart(this.eventId, part(ROUND, "Ronde 1", 10, 0, 11, 0));
		this.editor.addSession(this.eventId, round.id(), session("Kwartiermaken", "Zaal 1", 20));
		ProgrammeProblem problem = assertProblem(
				() -> this.editor.updatePart(this.eventId, round.id(), part(DEBATE, "Debat", 10, 0, 11, 0)), "kind",
				"programme.part.hasSessions");
		assertThat(problem.args()).containsExactly("1");
	}

	@Test
	void addsSessionsOnlyToRounds() {
		ProgrammePart debate = this.editor.addPart(this.eventId, part(DEBATE, "Debat", 10, 0, 11, 0));
		ProgrammeProblem problem = assertProblem(
				() -> this.editor.addSession(this.eventId, debate.id(), session("Workshop", null, null)), null,
				"programme.session.notInRound");
		assertThat(problem.args()).containsExactly("Debat");
		assertThat(this.sessions.count()).isZero();
	}

	@Test
	void rejectsANegativeCapacityAndWarnsAboutOneLargerThanTheEvent() {
		ProgrammePart round = this.editor.addPart(this.eventId, part(ROUND, "Ronde 1", 10, 0, 11, 0));
		assertProblem(() -> this.editor.addSession(this.eventId, round.id(), session("A", null, -1)), "capacity",
				"programme.session.capacityNegative");
		Saved<Session> large = this.editor.addSession(this.eventId, round.id(), session("A", null, 150));
		assertThat(large.warnings()).singleElement().satisfies(w -> {
			assertThat(w.field()).isEqualTo("capacity");
			assertThat(w.code()).isEqualTo("programme.session.capacityAboveEvent");
			assertThat(w.args()).containsExactly("150", "100");
		});
		assertThat(this.sessions.findById(large.value().id())).get().extracting(Session::capacity).isEqualTo(150);
		assertThat(this.editor.addSession(this.eventId, round.id(), session("B", null, 100)).warnings()).isEmpty();
	}

	@Test
	void rejectsTwoSessionsInTheSameRoomInTheSameRound() {
		ProgrammePart round = this.editor.addPart(this.eventId, part(ROUND, "Ronde 1", 10, 0, 11, 0));
		Session first = this.editor.addSession(this.eventId, round.id(), session("Kwartiermaken", "Zaal 1", 20))
			.value();
		ProgrammeProblem problem = assertProblem(
				() -> this.editor.addSession(this.eventId, round.id(), session("Buurtkracht", " zaal  1 ", 20)), "room",
				"programme.session.roomTaken");
		assertThat(problem.args()).containsExactly("Kwartiermaken", "Ronde 1", "10:00", "11:00");
		Saved<Session> renamed = this.editor.updateSession(this.eventId, first.id(),
				session("Kwartiermaken, ruimte voor anders zijn", "Zaal 1", 25));
		assertThat(renamed.value().title()).startsWith("Kwartiermaken, ruimte");
	}

	@Test
	void rejectsTheSameRoomInOverlappingRoundsOnly() {
		ProgrammePart first = this.editor.addPart(this.eventId, part(ROUND, "Ronde 1", 10, 0, 11, 0));
		ProgrammePart overlapping = this.editor.addPart(this.eventId, part(ROUND, "Ronde 1b", 10, 30, 11, 30));
		ProgrammePart later = this.editor.addPart(this.eventId, part(ROUND, "Ronde 2", 13, 0, 14, 0));
		this.editor.addSession(this.eventId, first.id(), session("Kwartiermaken", "Zaal 1", null));
		assertProblem(() -> this.editor.addSession(this.eventId, overlapping.id(), session("B", "Zaal 1", null)),
				"room", "programme.session.roomTaken");
		Session inLaterRound = this.editor.addSession(this.eventId, later.id(), session("C", "Zaal 1", null)).value();
		ProgrammeProblem moved = assertProblem(
				() -> this.editor.updatePart(this.eventId, later.id(), part(ROUND, "Ronde 2", 10, 45, 11, 45)),
				"startsAt", "programme.part.roomClash");
		assertThat(moved.args()).containsExactly("C", "Zaal 1", "Kwartiermaken", "Ronde 1");
		assertThat(this.parts.findById(later.id()).orElseThrow().startsAt()).isEqualTo(at(13, 0));
		assertThat(inLaterRound.room()).isEqualTo("Zaal 1");
	}

	@Test
	void checksSessionTexts() {
		ProgrammePart round = this.editor.addPart(this.eventId, part(ROUND, "Ronde 1", 10, 0, 11, 0));
		InvalidProgrammeException ex = catchThrowableOfType(InvalidProgrammeException.class,
				() -> this.editor.addSession(this.eventId, round.id(),
						new SessionDetails("", "d".repeat(4001), "r".repeat(121), "javascript:alert(1)", null)));
		assertThat(ex.getProblems()).extracting(ProgrammeProblem::field, ProgrammeProblem::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("title", "programme.required"),
					org.assertj.core.groups.Tuple.tuple("description", "programme.tooLong"),
					org.assertj.core.groups.Tuple.tuple("room", "programme.tooLong"),
					org.assertj.core.groups.Tuple.tuple("onlineBreakout", "programme.session.notALink"));
		Session online = this.editor
			.addSession(this.eventId, round.id(),
					new SessionDetails("Online", null, null, "https://meet.example.org/abc", null))
			.value();
		assertThat(online.onlineBreakout()).isEqualTo("https://meet.example.org/abc");
	}

	@Test
	void deletingAPartDeletesItsSessionsAndContributions() {
		Person kal = ProgrammeTestData.person(this.peopleSeeds, "doortje-kal", "Doortje Kal");
		ProgrammePart round = this.editor.addPart(this.eventId, part(ROUND, "Ronde 1", 10, 0, 11, 0));
		Session session = this.editor.addSession(this.eventId, round.id(), session("Kwartiermaken", null, null))
			.value();
		this.contributionEditor.add(this.eventId, ContributionTarget.session(session.id()), kal.id(),
				Role.SESSION_LEADER);
		this.contributionEditor.add(this.eventId, ContributionTarget.part(round.id()), kal.id(), Role.HOST);
		this.editor.deletePart(this.eventId, round.id());
		assertThat(this.parts.count()).isZero();
		assertThat(this.sessions.count()).isZero();
		assertThat(this.contributions.count()).isZero();
		assertThat(this.peopleDirectory.person(kal.id()).isPresent()).isTrue();
	}

	@Test
	void removingASessionTellsWhereItsPeopleGoBeforeItIsDeleted() {
		ProgrammePart round = this.editor.addPart(this.eventId, part(ROUND, "Ronde 1", 10, 0, 11, 0));
		ProgrammePart other = this.editor.addPart(this.eventId, part(ROUND, "Ronde 2", 11, 0, 12, 0));
		Session a = this.editor.addSession(this.eventId, round.id(), session("Kwartiermaken", null, null)).value();
		Session b = this.editor.addSession(this.eventId, round.id(), session("Buurtteams", null, null)).value();
		Session elsewhere = this.editor.addSession(this.eventId, other.id(), session("Elders", null, null)).value();
		assertProblem(() -> this.editor.deleteSession(this.eventId, a.id(), elsewhere.id()), "moveTo",
				"programme.session.moveTo.invalid");
		assertProblem(() -> this.editor.deleteSession(this.eventId, a.id(), a.id()), "moveTo",
				"programme.session.moveTo.invalid");
		assertThat(this.removals.seen).isEmpty();
		assertThat(this.sessions.existsById(a.id())).isTrue();

		this.editor.deleteSession(this.eventId, a.id(), b.id());
		assertThat(this.removals.seen).containsExactly(
				new SessionRemoval(this.eventId, round.id(), a.id(), "Ronde 1", "Kwartiermaken", b.id(), false));
		assertThat(this.sessions.existsById(a.id())).isFalse();

		this.removals.seen.clear();
		this.editor.deletePart(this.eventId, other.id());
		assertThat(this.removals.seen).containsExactly(
				new SessionRemoval(this.eventId, other.id(), elsewhere.id(), "Ronde 2", "Elders", null, true));
	}

	@Test
	void renamingOrMovingAPartOrSessionRaisesTheCalendarSequenceAndTellsOtherModules(
			@Autowired ApplicationEvents published) {
		ProgrammePart round = this.editor.addPart(this.eventId, part(ROUND, "Ronde 1", 10, 0, 11, 0));
		Session a = this.editor.addSession(this.eventId, round.id(), session("A", null, null)).value();
		int before = this.eventCatalog.event(this.eventId).orElseThrow().getIcsSequence();
		this.editor.updatePart(this.eventId, round.id(),
				new PartDetails(ROUND, "Ronde 1", null, at(10, 0), at(11, 0), null));
		assertThat(published.stream(PartRenamedOrMoved.class)).isEmpty();
		this.editor.updatePart(this.eventId, round.id(),
				new PartDetails(ROUND, "Middagronde", null, at(11, 0), at(12, 0), "Zaal 2"));
		assertThat(published.stream(PartRenamedOrMoved.class)).singleElement().satisfies(change -> {
			assertThat(change.oldTitle()).isEqualTo("Ronde 1");
			assertThat(change.newTitle()).isEqualTo("Middagronde");
			assertThat(change.oldStartsAt()).isEqualTo(at(10, 0));
			assertThat(change.newStartsAt()).isEqualTo(at(11, 0));
			assertThat(change.locationChanged()).isTrue();
		});
		this.editor.updateSession(this.eventId, a.id(), new SessionDetails("A", null, "Zaal 9", null, null));
		assertThat(published.stream(SessionRenamedOrMoved.class)).singleElement().satisfies(change -> {
			assertThat(change.renamed()).isFalse();
			assertThat(change.newRoom()).isEqualTo("Zaal 9");
			assertThat(change.roundTitle()).isEqualTo("Middagronde");
		});
		assertThat(this.eventCatalog.event(this.eventId).orElseThrow().getIcsSequence()).isEqualTo(before + 2);
	}

	@Test
	void reordersSessions() {
		ProgrammePart round = this.editor.addPart(this.eventId, part(ROUND, "Ronde 1", 10, 0, 11, 0));
		Session a = this.editor.addSession(this.eventId, round.id(), session("A", null, null)).value();
		this.editor.addSession(this.eventId, round.id(), session("B", null, null));
		this.editor.moveSession(this.eventId, a.id(), +1);
		this.editor.moveSession(this.eventId, a.id(), +1);
		assertThat(this.sessions.findByPartIdOrderByPositionAscIdAsc(round.id())).extracting(Session::title)
			.containsExactly("B", "A");
	}

	@Test
	void refusesPartsAndSessionsOfAnotherEvent() {
		Event other = ProgrammeTestData.event(this.eventSeeds, "other");
		ProgrammePart round = this.editor.addPart(this.eventId, part(ROUND, "Ronde 1", 10, 0, 11, 0));
		assertThatThrownBy(() -> this.editor.deletePart(other.getId(), round.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.editor.addSession(other.getId(), round.id(), session("A", null, null)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.editor.addPart(-1, part(OPENING, "Opening", 9, 30, 10, 0)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void rejectsTheSamePersonTwiceInTheSameRoleOnTheSameTarget() {
		Person bubic = ProgrammeTestData.person(this.peopleSeeds, "tanja-bubic", "Tanja Bubic");
		ProgrammePart debate = this.editor.addPart(this.eventId, part(DEBATE, "Debat", 10, 0, 11, 0));
		this.contributionEditor.add(this.eventId, ContributionTarget.wholeEvent(), bubic.id(), Role.DAY_CHAIR);
		ProgrammeProblem problem = assertProblem(() -> this.contributionEditor.add(this.eventId,
				ContributionTarget.wholeEvent(), bubic.id(), Role.DAY_CHAIR), "personId",
				"programme.contribution.duplicate");
		assertThat(problem.args()).containsExactly("Tanja Bubic");
		this.contributionEditor.add(this.eventId, ContributionTarget.wholeEvent(), bubic.id(), Role.HOST);
		this.contributionEditor.add(this.eventId, ContributionTarget.part(debate.id()), bubic.id(), Role.DAY_CHAIR);
		assertThat(this.contributions.count()).isEqualTo(3);
		assertProblem(() -> this.contributionEditor.add(this.eventId, ContributionTarget.wholeEvent(), -5L,
				Role.SPEAKER), "personId", "programme.contribution.unknownPerson");
		InvalidProgrammeException missing = catchThrowableOfType(InvalidProgrammeException.class,
				() -> this.contributionEditor.add(this.eventId, ContributionTarget.wholeEvent(), null, null));
		assertThat(missing.getProblems()).extracting(ProgrammeProblem::field).containsExactly("personId", "role");
	}

	@Test
	void reordersAndRemovesContributions() {
		ProgrammePart debate = this.editor.addPart(this.eventId, part(DEBATE, "Debat", 10, 0, 11, 0));
		var target = ContributionTarget.part(debate.id());
		List<Contribution> panel = List.of("a", "b", "c")
			.stream()
			.map(n -> ProgrammeTestData.person(this.peopleSeeds, n, n.toUpperCase()))
			.map(p -> this.contributionEditor.add(this.eventId, target, p.id(), Role.PANEL_MEMBER))
			.toList();
		this.contributionEditor.move(this.eventId, panel.get(2).id(), -1);
		assertThat(panelOrder(target)).containsExactly(panel.get(0).id(), panel.get(2).id(), panel.get(1).id());
		this.contributionEditor.move(this.eventId, panel.get(0).id(), -1);
		this.contributionEditor.remove(this.eventId, panel.get(0).id());
		assertThat(panelOrder(target)).containsExactly(panel.get(2).id(), panel.get(1).id());
		assertThat(this.contributions.findByEventIdOrderByPositionAscIdAsc(this.eventId))
			.extracting(Contribution::position)
			.containsExactly(0, 1);
	}

	private List<Long> panelOrder(ContributionTarget target) {
		return this.contributions.findByEventIdOrderByPositionAscIdAsc(this.eventId)
			.stream()
			.filter(target::matches)
			.map(Contribution::id)
			.toList();
	}

	private static ProgrammeProblem assertProblem(ThrowingCallable call, String field, String code) {
		InvalidProgrammeException ex = catchThrowableOfType(InvalidProgrammeException.class, call);
		assertThat(ex).as("expected %s on %s", code, field).isNotNull();
		assertThat(ex.getProblems()).extracting(ProgrammeProblem::field, ProgrammeProblem::code)
			.contains(org.assertj.core.groups.Tuple.tuple(field, code));
		return ex.getProblems().stream().filter(p -> code.equals(p.code())).findFirst().orElseThrow();
	}

	/**
	 * Stands in for registration: records the removals it is told about, while the session still exists.
	 */
	static class Removals {

		final java.util.List<SessionRemoval> seen = new java.util.ArrayList<>();

		@Autowired
		Sessions sessions;

		@EventListener
		void on(SessionRemoval removal) {
			assertThat(this.sessions.existsById(removal.sessionId())).isTrue();
			this.seen.add(removal);
		}

	}

}
