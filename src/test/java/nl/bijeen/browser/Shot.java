package nl.bijeen.browser;

import java.util.function.Consumer;

/**
 * One screenshot for the documentation: a page, optionally seen by a signed-in organiser, optionally after
 * some interaction (such as submitting a form with a mistake).
 *
 * @param name file name without extension; the PNGs are {@code name-desktop.png} and {@code name-phone.png}
 * @param path the address to open
 * @param signedIn whether to sign in as the administrator first
 * @param interaction what to do on the page before taking the picture
 */
record Shot(String name, String path, boolean signedIn, Consumer<BrowserTestSupport> interaction) {

	static Shot of(String name, String path) {
		return new Shot(name, path, false, page -> {
		});
	}

	Shot asOrganiser() {
		return new Shot(this.name, this.path, true, this.interaction);
	}

	Shot then(Consumer<BrowserTestSupport> interaction) {
		return new Shot(this.name, this.path, this.signedIn, this.interaction.andThen(interaction));
	}

	@Override
	public String toString() {
		return this.name + " (" + this.path + ")";
	}

}
