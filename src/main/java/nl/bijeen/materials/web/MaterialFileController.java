package nl.bijeen.materials.web;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.materials.Material;
import nl.bijeen.materials.MaterialsProperties;
import nl.bijeen.materials.PublicMaterials;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Serves the files: public ones to anyone (cacheable), registrants-only ones only through the personal link of
 * someone with a place at the event ({@code private, no-store}, set for every personal address). Anything else is
 * 404. A file asked for under another name is sent on to its own address.
 */
@Controller
class MaterialFileController {

	private final PublicMaterials materials;

	private final CacheControl publicCache;

	MaterialFileController(PublicMaterials materials, MaterialsProperties properties) {
		this.materials = materials;
		this.publicCache = CacheControl.maxAge(properties.getMaxAge()).cachePublic();
	}

	@GetMapping("/materialen/{id}/{name}")
	ResponseEntity<?> publicFile(@PathVariable long id, @PathVariable String name,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range) {
		Material material = this.materials.publicFile(id).orElseThrow(() -> new NotFoundException("No such file"));
		if (!material.fileName().equals(name)) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(java.net.URI.create(material.path())).build();
		}
		return MaterialResponses.of(material, content(id), range, this.publicCache);
	}

	@GetMapping("/aanmelding/{token}/materialen/{id}/{name}")
	ResponseEntity<?> personalFile(@PathVariable String token, @PathVariable long id,
			@PathVariable String name, @RequestHeader(name = HttpHeaders.RANGE, required = false) String range) {
		Material material = this.materials.personalFile(token, id)
			.filter(m -> m.fileName().equals(name))
			.orElseThrow(() -> new NotFoundException("No such file"));
		return MaterialResponses.of(material, content(id), range, null);
	}

	private byte[] content(long id) {
		return this.materials.content(id).orElseThrow(() -> new NotFoundException("No such file"));
	}

}
