package nl.bijeen.registration;

import java.time.LocalDate;
import java.util.List;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventEditor;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.QuestionKind;
import nl.bijeen.registration.internal.RegistrationQuestion;
import nl.bijeen.registration.internal.RegistrationQuestions;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copying an event copies its registration settings and its own questions, as the copy screen says; not
 * its registrations. On H2 and PostgreSQL.
 */
abstract class RegistrationDuplicationContract extends RegistrationIntegrationTest {

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	EventEditor editor;

	@Autowired
	RegistrationSettingsRepository settings;

	@Autowired
	RegistrationQuestions questions;

	@Autowired
	RegistrationService registrations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccreditationRegisters registers;

	@Test
	void aCopyHasTheSameRegistrationSettingsAndQuestionsButNoRegistrations() {
		Conference c = this.fixtures.conference(40, 10);
		Long source = c.event().getId();
		this.registrations.register(RegistrationFixtures.request(c, "kopie@example.org", c.session(0), null, null));
		this.settings.save(new RegistrationSettings(source, false, true, true, 48, true, 4, "SKJ", 3, 30, null));
		this.registers.setPoints(source, java.util.Map.of("SKJ", 3));
		this.questions.save(RegistrationQuestion.create(source, QuestionKind.TEXT, "Dieetwensen?", false, null, 0));
		this.questions.save(RegistrationQuestion.create(source, QuestionKind.SINGLE_CHOICE, "Lunch?", true,
				List.of("Ja", "Nee"), 1));

		Event copy = this.editor.duplicate(source, LocalDate.now().plusDays(60));

		assertThat(this.settings.findById(copy.getId())).get()
			.isEqualTo(new RegistrationSettings(copy.getId(), false, true, true, 48, true, 4, "SKJ", 3, 30, 0));
		assertThat(this.registers.points(copy.getId())).containsExactly(java.util.Map.entry("SKJ", 3));
		assertThat(this.questions.findByEventIdOrderByPositionAscIdAsc(copy.getId()))
			.extracting(RegistrationQuestion::kind, RegistrationQuestion::text, RegistrationQuestion::required,
					RegistrationQuestion::optionList)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(QuestionKind.TEXT, "Dieetwensen?", false, List.of()),
					org.assertj.core.groups.Tuple.tuple(QuestionKind.SINGLE_CHOICE, "Lunch?", true,
							List.of("Ja", "Nee")));
		assertThat(this.questions.findByEventIdOrderByPositionAscIdAsc(source)).hasSize(2);
		assertThat(this.jdbc.sql("select count(*) from registration where event_id = ?")
			.param(copy.getId())
			.query(Integer.class)
			.single()).isZero();
	}

}
