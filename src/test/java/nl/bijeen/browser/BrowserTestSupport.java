package nl.bijeen.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base class for tests that use bijeen as people do: in a real (headless) Chromium, against the running
 * application on a random port. One browser per test class; all browser test classes share one Spring
 * context (do not add context configuration in subclasses, or the suite gets slower).
 * <p>
 * Name subclasses {@code *BrowserIntegrationTests}. Typical use:
 * <pre>
 * open("/privacy");
 * axe();          // zero WCAG 2.2 A/AA violations
 * reflow();       // no horizontal scrolling at 320 CSS pixels
 * assertFocusVisible(tabTo("a[href='/']"));
 * </pre>
 * Without Chromium or chromedriver the tests are skipped, not failed. A screenshot of the page is saved in
 * target/browser-screenshots when a test fails.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "bijeen.mail.poll-interval=PT0.2S",
		"bijeen.mail.backoff-base=PT0.5S", "bijeen.registration.rate-limit=1000",
		"bijeen.registration.jobs-enabled=false" })
@Import({ BrowserTestSupport.FailingPage.class, BrowserFixtures.class })
@ExtendWith({ BrowserAvailableCondition.class, ScreenshotOnFailure.class })
public abstract class BrowserTestSupport {

	/** Address of a page that always fails with an unexpected exception, to see the 500 page. */
	protected static final String FAILING_PAGE = "/test/server-error";

	/** Username and password of the administrator in src/test/resources/application.properties. */
	protected static final String ADMIN_USER = "admin";

	protected static final String ADMIN_PASSWORD = "admin-test-password";

	static final Path FAILURE_SCREENSHOTS = Path.of("target", "browser-screenshots");

	private static Browser.Session session;

	@LocalServerPort
	private int port;

	/** The mails bijeen sends go to {@link BrowserMail}, a real SMTP server. */
	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", BrowserMail::port);
	}

	@BeforeAll
	static void startBrowser() {
		String missing = Browser.missing();
		assumeTrue(missing == null, missing);
		session = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (session != null) {
			session.quit();
			session = null;
		}
	}

	/** A fresh visitor for every test: no cookies, desktop size. */
	@BeforeEach
	void freshVisitor() {
		driver().manage().deleteAllCookies();
		desktop();
	}

	protected static ChromeDriver driver() {
		return session.driver();
	}

	protected static JavascriptExecutor js() {
		return session.driver();
	}

	/** Opens a path of the application, such as {@code /privacy?lang=en}. */
	protected WebElement open(String path) {
		driver().get(url(path));
		return driver().findElement(By.tagName("body"));
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** The path and query of the current page. */
	protected static String currentPath() {
		return (String) js().executeScript("return location.pathname + location.search;");
	}

	protected static WebElement find(String cssSelector) {
		return driver().findElement(By.cssSelector(cssSelector));
	}

	protected static List<WebElement> findAll(String cssSelector) {
		return driver().findElements(By.cssSelector(cssSelector));
	}

	protected static String text(String cssSelector) {
		return find(cssSelector).getText();
	}

	/** The HTTP status of the current page, as the browser received it. */
	protected static long status() {
		return ((Number) js().executeScript(
				"return performance.getEntriesByType('navigation')[0].responseStatus;")).longValue();
	}

	/** Waits (up to 10 s) until the current path starts with the given one, after a click or a submit. */
	protected static void waitForPath(String pathPrefix) {
		waitUntil(d -> currentPath().startsWith(pathPrefix));
	}

	/** Waits (up to 10 s) until the path and query of the current page are exactly the given ones. */
	protected static void waitForExactPath(String path) {
		waitUntil(d -> currentPath().equals(path));
	}

	protected static void waitForVisible(String cssSelector) {
		waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
	}

	/**
	 * Waits (up to 10 s) until the condition holds. Reading an element of a page that is being replaced
	 * counts as "not yet", not as an error.
	 */
	protected static <T> T waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
		try {
			return new WebDriverWait(driver(), Duration.ofSeconds(10))
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(condition);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			String page = driver().findElement(By.tagName("body")).getText();
			throw new AssertionError("Waited in vain on " + driver().getCurrentUrl() + ", which shows: "
					+ (page.length() > 1500 ? page.substring(0, 1500) : page), ex);
		}
	}

	/** Signs in as the test administrator through the login form. */
	protected void signIn() {
		signIn(ADMIN_USER, ADMIN_PASSWORD);
	}

	protected void signIn(String username, String password) {
		open("/login");
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		find("form[action$='/login'] button[type=submit]").click();
		waitUntil(d -> !currentPath().equals("/login"));
	}

	// ---------------------------------------------------------------- accessibility

	/** Asserts that axe-core finds no WCAG 2.0/2.1/2.2 level A or AA violations on the current page. */
	protected static void axe() {
		Accessibility.assertNoViolations(driver());
	}

	/** Asserts the current page reflows at 320 CSS pixels wide (WCAG 1.4.10) and restores desktop size. */
	protected static void reflow() {
		assertNoHorizontalScrollAt320();
	}

	protected static void assertNoHorizontalScrollAt320() {
		viewport(320, 800, true);
		try {
			assertNoHorizontalScroll("at 320 CSS pixels wide");
		}
		finally {
			desktop();
		}
	}

	/**
	 * Asserts the current page still fits when the user doubles the text size (WCAG 1.4.4), at a 640 pixel
	 * wide window: the equivalent of 200% text zoom on a small laptop.
	 */
	protected static void assertFitsWithDoubleTextSize() {
		viewport(640, 900, false);
		js().executeScript("document.documentElement.style.fontSize = '200%';");
		try {
			assertNoHorizontalScroll("with the text size doubled at 640 CSS pixels wide");
		}
		finally {
			js().executeScript("document.documentElement.style.fontSize = '';");
			desktop();
		}
	}

	private static void assertNoHorizontalScroll(String when) {
		@SuppressWarnings("unchecked")
		Map<String, Object> widths = (Map<String, Object>) js().executeScript("""
				const root = document.documentElement;
				const wide = [...document.querySelectorAll('body *')]
				  .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
				  .slice(0, 5)
				  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : ''));
				return { scroll: root.scrollWidth, client: root.clientWidth, inner: window.innerWidth, wide: wide.join(', ') };
				""");
		long scroll = ((Number) widths.get("scroll")).longValue();
		long client = ((Number) widths.get("client")).longValue();
		assertThat(scroll).as("page %s scrolls horizontally %s: scrollWidth %d > clientWidth %d; too wide: %s",
				currentPath(), when, scroll, client, widths.get("wide")).isLessThanOrEqualTo(client);
	}

	/** Sets the viewport in CSS pixels, as a phone ({@code mobile}) or as a desktop window. */
	protected static void viewport(int width, int height, boolean mobile) {
		driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
	}

	protected static void desktop() {
		driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	// ---------------------------------------------------------------- keyboard

	/** Presses Tab once and returns the element that has focus then. */
	protected static WebElement tab() {
		new Actions(driver()).sendKeys(Keys.TAB).perform();
		return activeElement();
	}

	/** Presses a key (such as {@link Keys#ENTER}) on the focused element. */
	protected static void press(CharSequence key) {
		new Actions(driver()).sendKeys(key).perform();
	}

	/** Presses Tab until the focused element matches the selector (at most 60 times), and returns it. */
	protected static WebElement tabTo(String cssSelector) {
		for (int i = 0; i < 60; i++) {
			WebElement focused = tab();
			if ((Boolean) js().executeScript("return arguments[0].matches(arguments[1]);", focused, cssSelector)) {
				return focused;
			}
		}
		return fail("Could not reach '%s' with the Tab key on %s", cssSelector, currentPath());
	}

	protected static WebElement activeElement() {
		return driver().switchTo().activeElement();
	}

	/** A short description of an element, for assertion messages: tag, id, classes and text. */
	protected static String describe(WebElement element) {
		return (String) js().executeScript("""
				const e = arguments[0];
				return e.outerHTML.substring(0, e.outerHTML.indexOf('>') + 1) + ' ' + (e.innerText || '').trim().substring(0, 40);
				""", element);
	}

	/**
	 * Asserts the element shows a focus indicator: an outline of at least 2px or a box shadow on the element,
	 * or an outline on a nearby ancestor that shows focus for it (such as a card that is one big link).
	 */
	protected static void assertFocusVisible(WebElement element) {
		@SuppressWarnings("unchecked")
		Map<String, Object> style = (Map<String, Object>) js().executeScript("""
				const outlined = s => s.outlineStyle !== 'none' && (parseFloat(s.outlineWidth) || 0) >= 2;
				const own = getComputedStyle(arguments[0]);
				let ancestor = arguments[0].parentElement, ancestorOutline = false;
				for (let i = 0; i < 3 && ancestor; i++, ancestor = ancestor.parentElement) {
				  if (ancestor.matches(':focus-within') && outlined(getComputedStyle(ancestor))) { ancestorOutline = true; }
				}
				return { outline: outlined(own), boxShadow: own.boxShadow, ancestorOutline: ancestorOutline,
				         focusVisible: arguments[0].matches(':focus-visible') };
				""", element);
		boolean shadow = style.get("boxShadow") != null && !"none".equals(style.get("boxShadow"));
		boolean visible = Boolean.TRUE.equals(style.get("outline")) || shadow
				|| Boolean.TRUE.equals(style.get("ancestorOutline"));
		assertThat(visible).as("focus indicator on %s (computed %s)", describe(element), style).isTrue();
	}

	// ---------------------------------------------------------------- screenshots

	/**
	 * Saves a full-page PNG of the current page as seen in a window of the given width (a phone when
	 * {@code mobile}), and returns its path.
	 */
	protected static Path screenshot(Path file, int width, boolean mobile) {
		viewport(width, 900, mobile);
		try {
			Number height = (Number) js().executeScript("return document.documentElement.scrollHeight;");
			viewport(width, Math.min(height.intValue(), 8000), mobile);
			return screenshot(file);
		}
		finally {
			desktop();
		}
	}

	/** Saves a PNG of what the browser window shows now and returns its path. */
	protected static Path screenshot(Path file) {
		@SuppressWarnings("unchecked")
		Map<String, Object> shot = driver().executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png"));
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean running() {
		return session != null;
	}

	/** A page that breaks, only in browser tests. */
	@TestComponent
	@Controller
	static class FailingPage {

		@GetMapping(FAILING_PAGE)
		String fail() {
			throw new IllegalStateException("Deliberate failure for the browser test of the 500 page");
		}

	}

}
