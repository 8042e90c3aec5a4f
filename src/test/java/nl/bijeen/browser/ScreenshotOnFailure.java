package nl.bijeen.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves what the browser showed when a browser test failed, in target/browser-screenshots.
 */
class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (!BrowserTestSupport.running()) {
			return;
		}
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		try {
			BrowserTestSupport.screenshot(BrowserTestSupport.FAILURE_SCREENSHOTS.resolve(name + ".png"));
		}
		catch (RuntimeException ex) {
			cause.addSuppressed(ex);
		}
	}

}
