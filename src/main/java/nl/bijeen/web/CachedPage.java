package nl.bijeen.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered public page as it was sent: its headers (security headers included), its bytes, the same
 * compressed, and a weak ETag over the content (the same on every instance for the same page).
 */
record CachedPage(Map<String, List<String>> headers, byte[] body, byte[] gzipped, String etag) {

	/** Bodies smaller than this are not worth compressing. */
	static final int COMPRESS_FROM = 1024;

	static CachedPage of(Map<String, List<String>> headers, byte[] body) {
		return new CachedPage(headers, body, body.length >= COMPRESS_FROM ? gzip(body) : null, etag(body));
	}

	int weight() {
		return this.body.length + (this.gzipped != null ? this.gzipped.length : 0) + 512;
	}

	static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether an {@code If-None-Match} header names this page's ETag (weak comparison). */
	boolean matches(String ifNoneMatch) {
		return matches(ifNoneMatch, this.etag);
	}

	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = opaque(etag);
		for (String candidate : ifNoneMatch.split(",")) {
			String c = candidate.trim();
			if (c.equals("*") || opaque(c).equals(opaque)) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
