package nl.bijeen.materials;

import java.nio.charset.StandardCharsets;

import nl.bijeen.common.Slugs;

/**
 * Safe names for stored files: a lower-case ASCII name for the address, and a download name (RFC 6266: an ASCII
 * {@code filename} and the exact {@code filename*} in UTF-8) made from the title, always with the extension of
 * the detected type, so neither the browser's name nor the title can smuggle in another extension, a path or a
 * header.
 */
public final class FileNames {

	private static final int MAX_BASE = 80;

	private FileNames() {
	}

	/** The name in the address: the slug of the original name's base (else of the title) and the extension. */
	static String forAddress(String originalName, String title, MaterialType type) {
		String base = originalName == null ? "" : originalName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		String slug = shorten(Slugs.of(base));
		if (slug.isEmpty()) {
			slug = shorten(Slugs.of(title));
		}
		return (slug.isEmpty() ? "materiaal" : slug) + "." + type.extension();
	}

	/** The {@code Content-Disposition} value for a material. */
	public static String contentDisposition(Material material, boolean inline) {
		String download = downloadName(material.title(), material.type());
		String ascii = material.fileName();
		return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
				+ encode(download);
	}

	/** The title, without characters that do not belong in a file name, and the type's extension. */
	static String downloadName(String title, MaterialType type) {
		String clean = title.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]+", " ").replaceAll("\\s+", " ").strip();
		if (clean.length() > MAX_BASE) {
			clean = clean.substring(0, MAX_BASE).strip();
		}
		return (clean.isEmpty() ? "materiaal" : clean) + "." + type.extension();
	}

	/** RFC 8187 value encoding: attr-chars as they are, every other byte of the UTF-8 as %XX. */
	static String encode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

	private static String shorten(String slug) {
		return slug.length() > MAX_BASE ? slug.substring(0, MAX_BASE).replaceAll("-+$", "") : slug;
	}

}
