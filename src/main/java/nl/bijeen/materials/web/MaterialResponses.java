package nl.bijeen.materials.web;

import java.util.List;

import nl.bijeen.materials.FileNames;
import nl.bijeen.materials.Material;
import nl.bijeen.materials.MaterialType;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as an answer: its detected content type, a safe {@code Content-Disposition}, a strong {@code ETag}
 * (its SHA-256; a matching {@code If-None-Match} answers 304), {@code nosniff}, and one byte range at a time
 * (206 with Spring's resource regions). As RFC 9110 (14.2) has it: a range in another unit is ignored, and so
 * are several ranges at once (the whole file is sent: overlapping multipart ranges are not an amplification to
 * offer); a byte range that is malformed or outside the file answers 416 with the length.
 */
final class MaterialResponses {

	private MaterialResponses() {
	}

	/**
	 * @param cacheControl the {@code Cache-Control} to send, or {@code null} to keep the one already set
	 */
	static ResponseEntity<?> of(Material material, byte[] content, String rangeHeader, CacheControl cacheControl) {
		boolean whole = rangeHeader == null || !rangeHeader.strip().regionMatches(true, 0, "bytes=", 0, 6);
		if (!whole) {
			try {
				List<HttpRange> ranges = HttpRange.parseRanges(rangeHeader);
				whole = ranges.size() != 1;
				if (!whole) {
					ranges.get(0).getRangeStart(content.length);
				}
			}
			catch (IllegalArgumentException ex) {
				return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
					.header(HttpHeaders.CONTENT_RANGE, "bytes */" + content.length)
					.header("X-Content-Type-Options", "nosniff")
					.build();
			}
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(material.type().contentType()))
			.eTag("\"" + material.sha256() + "\"")
			.header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(material, inline(material.type())))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.ACCEPT_RANGES, "bytes");
		if (cacheControl != null) {
			answer.cacheControl(cacheControl);
		}
		// Bytes are sent whole; a resource is cut to the one range asked for by Spring.
		return whole ? answer.body(content) : answer.body(new ByteArrayResource(content));
	}

	/** PDF and pictures open in the browser; office documents are downloaded. */
	private static boolean inline(MaterialType type) {
		return type == MaterialType.PDF || type.contentType().startsWith("image/");
	}

}
