package nl.bijeen.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.Theme;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only controllers that make every kind of API error happen, plus an HTML controller that must not be
 * answered with problem+json.
 */
final class ProblemTestControllers {

	private ProblemTestControllers() {
	}

	record ThingRequest(@NotBlank String name, @Max(10) Integer count) {
	}

	@RestController
	@nl.bijeen.rights.Guard(nl.bijeen.rights.Need.PUBLIC)
	static class Api {

		private final EventSeeds eventSeeds;

		Api(EventSeeds eventSeeds) {
			this.eventSeeds = eventSeeds;
		}

		@PostMapping(path = "/api/test-problems/things", consumes = "application/json")
		ThingRequest create(@Valid @RequestBody ThingRequest request) {
			return request;
		}

		@PostMapping("/api/test-problems/themes")
		Theme theme(@RequestParam String slug) {
			return this.eventSeeds.save(Theme.create(slug, slug, null));
		}

		@PostMapping("/api/test-problems/stale")
		Theme stale() {
			Theme theme = this.eventSeeds.save(Theme.create("stale-" + System.nanoTime(), "Stale", null));
			this.eventSeeds.save(theme);
			return this.eventSeeds.save(theme);
		}

		@GetMapping("/api/test-problems/conflict")
		void conflict() {
			throw new ConflictException("api.problem.stale", "stale");
		}

		@GetMapping("/api/test-problems/boom")
		void boom() {
			throw new IllegalStateException("secret internal detail");
		}

		@GetMapping("/api/test-problems/missing")
		void missing() {
			throw new NotFoundException("gone");
		}

	}

	@Controller
	static class Html {

		@GetMapping("/test-problems/html-missing")
		String missing() {
			throw new NotFoundException("html page gone");
		}

	}

}
