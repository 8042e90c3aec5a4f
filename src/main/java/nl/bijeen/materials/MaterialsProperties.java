package nl.bijeen.materials;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and caching of materials.
 */
@ConfigurationProperties("bijeen.materials")
public class MaterialsProperties {

	/**
	 * Largest file an organiser may upload; a larger one is refused with a message on the form, nothing stored.
	 * Request bodies of the upload forms may be twice this size (plus the form's fields), so that a file too
	 * large gets that message rather than a refused request.
	 */
	private DataSize maxFileSize = DataSize.ofMegabytes(20);

	/**
	 * How long browsers and shared caches may keep a public file ({@code Cache-Control: public, max-age});
	 * registrants-only files are never kept by shared caches.
	 */
	private Duration maxAge = Duration.ofHours(1);

	public DataSize getMaxFileSize() {
		return this.maxFileSize;
	}

	public void setMaxFileSize(DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	public Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Duration maxAge) {
		this.maxAge = maxAge;
	}

	/** The largest file as people read it: "20 MB", "512 kB", "1000 bytes". */
	public String maxFileSizeText() {
		long bytes = this.maxFileSize.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return this.maxFileSize.toMegabytes() + " MB";
		}
		if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return this.maxFileSize.toKilobytes() + " kB";
		}
		return bytes + " bytes";
	}

	/** The largest request body an upload form may send. */
	public long maxUploadBody() {
		return this.maxFileSize.toBytes() * 2 + DataSize.ofKilobytes(256).toBytes();
	}

}
