package nl.bijeen.materials.web;

import java.util.List;

import nl.bijeen.materials.FileNames;
import nl.bijeen.materials.Material;
import nl.bijeen.materials.MaterialType;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as an answer: its detected content type, a safe {@code Content-Disposition}, a strong {@code ETag}
 * (its SHA-256; a matching {@code If-None-Match} answers 304), {@code nosniff}, and one byte range at a time
 * (206 with Spring's resource regions). More than one range, or a range outside the file, answers 416 with the
 * length: a file is asked for in one piece or one piece at a time, and overlapping multipart ranges are not an
 * amplification to offer.
 */
final class MaterialResponses {

	private MaterialResponses() {
	}

	/**
	 * @param cacheControl the {@code Cache-Control} to send, or {@code null} to keep the one already set
	 */
	static ResponseEntity<Resource> of(Material material, byte[] content, String rangeHeader, CacheControl cacheControl) {
		if (rangeHeader != null) {
			List<HttpRange> ranges;
			try {
				ranges = HttpRange.parseRanges(rangeHeader);
				if (ranges.size() == 1) {
					ranges.get(0).getRangeStart(content.length);
				}
			}
			catch (IllegalArgumentException ex) {
				ranges = List.of();
			}
			if (ranges.size() != 1) {
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
		return answer.body(new ByteArrayResource(content));
	}

	/** PDF and pictures open in the browser; office documents are downloaded. */
	private static boolean inline(MaterialType type) {
		return type == MaterialType.PDF || type.contentType().startsWith("image/");
	}

}
