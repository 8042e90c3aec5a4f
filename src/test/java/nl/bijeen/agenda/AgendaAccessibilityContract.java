package nl.bijeen.agenda;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Contribution;
import nl.bijeen.programme.PartKind;
import nl.bijeen.programme.ProgrammePart;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.programme.Role;
import nl.bijeen.programme.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs axe-core (WCAG 2.2 A and AA rules) in headless Chromium on the public pages; run on H2 and
 * PostgreSQL. Skipped when Chromium or its driver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "bijeen.test.context=agenda-a11y")
abstract class AgendaAccessibilityContract {

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final LocalDateTime START = LocalDateTime.of(2027, 3, 28, 10, 0);

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	PeopleSeeds peopleSeeds;

	@Autowired
	ProgrammeSeeds contributions;

	@BeforeAll
	static void startBrowser() {
		assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM), "Chromium not installed");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
		driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
				options);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@BeforeEach
	void setUp() {
		AgendaFixtures.clean(this.jdbc);
		AgendaFixtures data = new AgendaFixtures(this.eventSeeds, this.peopleSeeds)
			.taxonomy();
		Event event = data.published("empowerment", "Empowerment: naar een sterke sociale basis", START);
		event.setThemeIds(List.of(data.empowerment.id()));
		event.setAudienceIds(List.of(data.policyMakers.id()));
		event.setDescriptionHtml("<h2>Achtergrond</h2><p>Welkom.</p>");
		event = data.save(event);
		Event cancelled = data.published("afgelast", "Afgelast", START.plusDays(3));
		cancelled.cancel();
		data.save(cancelled);
		Person tanja = this.peopleSeeds.save(Person.create("tanja-bubic", "Tanja Bubic", "Presentator", null, null, "Bio."));
		this.contributions.save(Contribution.toEvent(event.getId(), tanja.id(), Role.DAY_CHAIR, 0));
		ProgrammePart round = this.contributions.save(ProgrammePart.create(event.getId(), PartKind.ROUND, "Workshops", null,
				START.plusHours(2), START.plusHours(3), null));
		Session session = this.contributions.save(Session.create(round, 0, "Kwartiermaken", "Over ruimte.", "Zaal 2", 25));
		this.contributions.save(Contribution.toSession(session, tanja.id(), Role.SESSION_LEADER, 0));
	}

	@Test
	void publicPagesHaveNoAxeViolations() {
		for (String path : List.of("/", "/?thema=empowerment&vorm=online", "/archief", "/evenementen/empowerment",
				"/evenementen/afgelast", "/personen/tanja-bubic", "/themas", "/themas/empowerment", "/organisaties",
				"/organisaties/movisie", "/evenementen/bestaat-niet", "/?lang=en")) {
			driver.get("http://localhost:" + this.port + path);
			Results results = new AxeBuilder()
				.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
				.analyze(driver);
			assertThat(results.getPasses()).as("axe ran on %s", path).isNotEmpty();
			assertThat(describe(results.getViolations())).as("axe violations on %s", path).isEmpty();
		}
	}

	private static List<String> describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes()
				.stream()
				.map(node -> String.valueOf(node.getTarget()))
				.collect(Collectors.joining(", ")))
			.toList();
	}

}
