package nl.bijeen.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the Debian headless Chromium through the Debian chromedriver; nothing is downloaded. Override the
 * locations with {@code -Dbijeen.browser.chromium=...} and {@code -Dbijeen.browser.chromedriver=...}.
 */
final class Browser {

	static final Path CHROMIUM = Path.of(System.getProperty("bijeen.browser.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("bijeen.browser.chromedriver", "/usr/bin/chromedriver"));

	static final int WIDTH = 1280;

	static final int HEIGHT = 900;

	/** Selenium warns that it has no DevTools classes for this Chromium; the CDP commands used here need none. */
	private static final Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");

	private static final Logger CHROMIUM_LOG = quiet("org.openqa.selenium.chromium");

	private Browser() {
	}

	private static Logger quiet(String name) {
		Logger logger = Logger.getLogger(name);
		logger.setLevel(Level.SEVERE);
		return logger;
	}

	/** Why the browser cannot run here, or null when it can. */
	static String missing() {
		if (!Files.isExecutable(CHROMIUM)) {
			return "Chromium not found at " + CHROMIUM + " (apt-get install chromium): skipping browser tests";
		}
		if (!Files.isExecutable(CHROMEDRIVER)) {
			return "chromedriver not found at " + CHROMEDRIVER + " (apt-get install chromium-driver): skipping browser tests";
		}
		return null;
	}

	/** A running browser and the profile directory to remove when it quits. */
	record Session(ChromeDriver driver, Path profile) {

		void quit() {
			try {
				this.driver.quit();
			}
			finally {
				delete(this.profile);
			}
		}

	}

	static Session start() {
		Path profile = createProfile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--hide-scrollbars", "--lang=nl-NL", "--window-size=" + WIDTH + "," + HEIGHT,
				"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(new File(System.getProperty("java.io.tmpdir"), "bijeen-chromedriver.log"))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
		return new Session(driver, profile);
	}

	private static Path createProfile() {
		try {
			return Files.createTempDirectory("bijeen-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A profile left in the temp directory is harmless.
		}
	}

}
