package nl.bijeen.people;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.registration.RegistrationIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each organisation its own face (issue 10): the accent colour checked for contrast, an uploaded logo whose
 * type is read from its content, contact details, and the organisation's page and event pages that show them.
 */
abstract class OrganisationFaceContract extends RegistrationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PeopleDirectory directory;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	EventSeeds eventSeeds;

	@Test
	void anAccentColourWithTooLittleContrastIsRefusedWithAMessageOnTheField() throws Exception {
		String slug = "geel-" + unique();
		this.mvc.perform(form(slug).param("accentColour", "#ffcc00"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("te weinig contrast: 1,"),
					containsString("id=\"accentColour-error\""), containsString("href=\"#accentColour\""))));
		assertThat(this.directory.organisationBySlug(slug)).isEmpty();
		this.mvc.perform(form(slug).param("accentColour", "#fc0"))
			.andExpect(content().string(containsString("Vul een kleurcode in als #rrggbb")));
		this.mvc.perform(form(slug).param("accentColour", "#ffcc00").param("lang", "en"))
			.andExpect(content().string(containsString("too little contrast")));
	}

	@Test
	void theFaceIsStoredAndShownOnTheOrganisationsPageAndItsEventPages() throws Exception {
		String slug = "gezicht-" + unique();
		byte[] png = png();
		this.mvc.perform(form(slug).file(new MockMultipartFile("logo", "logo.bin", "application/octet-stream", png))
				.param("accentColour", "#8B0000")
				.param("contactEmail", "info@gezicht.example")
				.param("contactPhone", "030 123 45 67")
				.param("retentionMonths", "6"))
			.andExpect(redirectedUrl("/admin/organisations"));
		Organisation organisation = this.directory.organisationBySlug(slug).orElseThrow();

		Person person = this.peopleSeeds.person("mens-" + slug,
				() -> Person.create("mens-" + slug, "Mila Gezicht", "Beleidsadviseur", organisation.id(), null, null));
		LocalDateTime lastYear = LocalDateTime.now().minusYears(1).withNano(0);
		Event past = Event.draft("voorbij-" + slug, "Een voorbije dag", lastYear, lastYear.plusHours(3));
		past.setOrganiserIds(List.of(organisation.id()));
		past.publish();
		past = this.eventSeeds.save(past);

		this.mvc.perform(get("/organisaties/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("--bij-color-primary: #8b0000"),
					containsString("src=\"/organisaties/" + slug + "/logo\""), containsString("info@gezicht.example"),
					containsString("030 123 45 67"), containsString("Een voorbije dag"),
					containsString("/personen/" + person.slug()), containsString("Eerdere evenementen"))));
		byte[] served = this.mvc.perform(get("/organisaties/" + slug + "/logo"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(served));
		assertThat(image.getWidth()).isEqualTo(40);

		this.mvc.perform(get("/evenementen/" + past.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("--bij-color-primary: #8b0000")));

		this.mvc.perform(get("/admin/organisations/" + organisation.id() + "/edit").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString("value=\"#8b0000\""), containsString("value=\"6\""),
					containsString("name=\"removeLogo\""))));
		assertThat(this.mvc.perform(multipart("/admin/organisations/" + organisation.id()).with(csrf())
				.with(user("admin").roles("ADMIN"))
				.param("name", organisation.name()).param("slug", slug).param("version", String.valueOf(organisation.version()))
				.param("removeLogo", "true"))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/organisations");
		this.mvc.perform(get("/organisaties/" + slug + "/logo")).andExpect(status().isNotFound());
		this.mvc.perform(get("/organisaties/" + slug))
			.andExpect(content().string(allOf(not(containsString("--bij-color-primary")), not(containsString("030 123")))));
	}

	@Test
	void aFileThatIsNoPictureIsRefusedWhateverItsNameSays() throws Exception {
		String slug = "nep-" + unique();
		this.mvc.perform(form(slug).file(new MockMultipartFile("logo", "logo.png", "image/png",
				"<svg onload=\"alert(1)\"></svg>".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("geen PNG-, JPEG- of GIF-afbeelding")));
		assertThat(this.directory.organisationBySlug(slug)).isEmpty();
	}

	private MockMultipartHttpServletRequestBuilder form(String slug) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/admin/organisations").with(csrf())
			.with(user("admin").roles("ADMIN"))
			.param("name", "Organisatie " + slug)
			.param("slug", slug);
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
