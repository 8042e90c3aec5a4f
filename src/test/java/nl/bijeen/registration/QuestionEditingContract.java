package nl.bijeen.registration;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.QuestionKind;
import nl.bijeen.registration.internal.RegistrationAnswers;
import nl.bijeen.registration.internal.RegistrationQuestion;
import nl.bijeen.registration.internal.RegistrationQuestions;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Organisers change the text and options of an event's own question in place; the answers already given stay
 * attached to it. H2 and PostgreSQL.
 */
@WithMockUser(roles = "ADMIN")
abstract class QuestionEditingContract extends RegistrationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationQuestions questions;

	@Autowired
	RegistrationAnswers answers;

	@Autowired
	RegistrationService registrations;

	@Test
	void changesTextAndOptionsAndKeepsTheAnswersGiven() throws Exception {
		Conference c = this.fixtures.conference(100);
		RegistrationQuestion lunch = this.questions.save(RegistrationQuestion.create(c.event().getId(),
				QuestionKind.SINGLE_CHOICE, "Lunch?", true, List.of("Vegetarisch", "Vlees"), 0));
		RegistrationResult anna = this.registrations.register(new RegistrationRequest(c.event().getId(),
				new Applicant("Anna", "anna.lunch@example.org", null, null, Locale.forLanguageTag("nl"), null, false,
						null, null),
				true, Map.of(), Map.of(lunch.id(), List.of("Vegetarisch")), null));
		String settings = "/admin/events/" + c.event().getId() + "/registration-settings";
		String url = settings + "/questions/" + lunch.id();
		this.mvc.perform(get(settings)).andExpect(content().string(containsString(url)));
		this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Vraag wijzigen"), containsString("Lunch?"),
					containsString("Vegetarisch"), containsString("al beantwoord"),
					containsString("admin-nav"))));

		this.mvc.perform(post(url).with(csrf())
				.param("kind", "SINGLE_CHOICE").param("text", "Wat wilt u als lunch?")
				.param("options", "Vegetarisch\nVegan\nVlees").param("required", "false").param("_required", "on")
				.param("position", "3").param("version", String.valueOf(lunch.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(settings));

		RegistrationQuestion changed = this.questions.findById(lunch.id()).orElseThrow();
		assertThat(changed.text()).isEqualTo("Wat wilt u als lunch?");
		assertThat(changed.optionList()).containsExactly("Vegetarisch", "Vegan", "Vlees");
		assertThat(changed.required()).isFalse();
		assertThat(changed.position()).isEqualTo(3);
		assertThat(this.answers.findByRegistrationId(anna.registrationId()))
			.singleElement()
			.satisfies(answer -> {
				assertThat(answer.questionId()).isEqualTo(lunch.id());
				assertThat(answer.answer()).isEqualTo("Vegetarisch");
			});
		this.mvc.perform(get("/evenementen/" + c.event().getSlug() + "/aanmelden"))
			.andExpect(content().string(allOf(containsString("Wat wilt u als lunch?"), containsString("Vegan"))));
	}

	@Test
	void refusesInvalidChangesAStaleVersionAndANewKindOnceAnswered() throws Exception {
		Conference c = this.fixtures.conference(100);
		RegistrationQuestion diet = this.questions.save(RegistrationQuestion.create(c.event().getId(),
				QuestionKind.TEXT, "Dieetwensen?", false, null, 0));
		String url = "/admin/events/" + c.event().getId() + "/registration-settings/questions/" + diet.id();
		this.mvc.perform(post(url).with(csrf()).param("kind", "TEXT").param("text", " ")
				.param("version", String.valueOf(diet.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("text-error")));
		this.mvc.perform(post(url).with(csrf()).param("kind", "TEXT").param("text", "Allergie\u00ebn?")
				.param("version", String.valueOf(diet.version() + 5)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft deze vraag intussen gewijzigd")));
		assertThat(this.questions.findById(diet.id()).orElseThrow().text()).isEqualTo("Dieetwensen?");

		this.registrations.register(new RegistrationRequest(c.event().getId(),
				new Applicant("Bram", "bram.dieet@example.org", null, null, Locale.forLanguageTag("nl"), null, false,
						null, null),
				true, Map.of(), Map.of(diet.id(), List.of("Geen noten")), null));
		this.mvc.perform(post(url).with(csrf()).param("kind", "SINGLE_CHOICE").param("text", "Dieet?")
				.param("options", "Ja\nNee").param("version", String.valueOf(diet.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De soort vraag kan niet meer veranderen")));
		assertThat(this.questions.findById(diet.id()).orElseThrow().kind()).isEqualTo(QuestionKind.TEXT);

		this.mvc.perform(get("/admin/events/" + c.event().getId() + "/registration-settings/questions/999999"))
			.andExpect(status().isNotFound());
	}

}
