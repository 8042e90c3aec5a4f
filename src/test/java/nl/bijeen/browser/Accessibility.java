package nl.bijeen.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core on the page in the browser and reports violations readably.
 */
final class Accessibility {

	/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Accessibility() {
	}

	/**
	 * Runs axe-core on the page. A page with a sandboxed frame (a mail's preview, without scripts) is checked
	 * without going into its frames: axe-core cannot run inside one and would wait half a minute for it; the frame
	 * element itself (its title) is still checked.
	 */
	static void assertNoViolations(WebDriver driver) {
		AxeBuilder axe = new AxeBuilder().withTags(TAGS);
		if (!driver.findElements(org.openqa.selenium.By.cssSelector("iframe[sandbox]")).isEmpty()) {
			axe.disableIframeTesting();
		}
		Results results = axe.analyze(driver);
		assertThat(results.getErrorMessage()).as("axe-core could not run").isNull();
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> report(driver.getCurrentUrl(), violations)).isEmpty();
	}

	static String report(String url, List<Rule> violations) {
		return violations.size() + " accessibility violation(s) on " + url + ":\n" + violations.stream()
			.map(Accessibility::describe)
			.collect(Collectors.joining("\n"));
	}

	private static String describe(Rule rule) {
		String nodes = rule.getNodes().stream().limit(5).map(Accessibility::describe).collect(Collectors.joining("\n"));
		return "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
				+ nodes;
	}

	private static String describe(CheckedNode node) {
		String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " ");
		return "    at " + node.getTarget() + "\n      " + node.getHtml() + "\n      " + summary;
	}

}
