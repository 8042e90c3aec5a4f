package nl.bijeen.people.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLConnection;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

/**
 * Tells what an uploaded logo is from its content, never from its name or the type the browser claims: the
 * JDK's content sniffing ({@link URLConnection#guessContentTypeFromStream}) names the type and
 * {@link ImageIO} must be able to read it as a picture. Only PNG, JPEG and GIF are accepted; SVG is not (it
 * may carry scripts).
 */
final class LogoFiles {

	static final Set<String> ACCEPTED = Set.of("image/png", "image/jpeg", "image/gif");

	private LogoFiles() {
	}

	/**
	 * The content type of the picture, or empty when it is none of the accepted types or cannot be read.
	 */
	static Optional<String> detect(byte[] content) {
		try {
			String type = URLConnection.guessContentTypeFromStream(new ByteArrayInputStream(content));
			if (type == null || !ACCEPTED.contains(type)) {
				return Optional.empty();
			}
			return (ImageIO.read(new ByteArrayInputStream(content)) != null) ? Optional.of(type) : Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
