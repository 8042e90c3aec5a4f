package nl.bijeen.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips browser tests, with the reason in the test report, when Chromium or chromedriver is not installed.
 */
class BrowserAvailableCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String missing = Browser.missing();
		return (missing == null) ? ConditionEvaluationResult.enabled("Chromium and chromedriver installed")
				: ConditionEvaluationResult.disabled(missing);
	}

}
