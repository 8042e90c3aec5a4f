package nl.bijeen.agenda;

import java.time.Duration;
import java.util.Locale;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCalendars;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public page of one event, and its calendar file. Former slugs redirect permanently.
 */
@Controller
class EventPageController {

	private final PublicEvents events;

	private final EventPageAssembler assembler;

	private final EventJsonLd jsonLd;

	private final CalendarFeeds calendars;

	private final AgendaTime time;

	private final nl.bijeen.people.OrganisationFaces faces;

	EventPageController(PublicEvents events, EventPageAssembler assembler, EventJsonLd jsonLd, CalendarFeeds calendars,
			AgendaTime time, nl.bijeen.people.OrganisationFaces faces) {
		this.faces = faces;
		this.events = events;
		this.assembler = assembler;
		this.jsonLd = jsonLd;
		this.calendars = calendars;
		this.time = time;
	}

	@GetMapping("/evenementen/{slug}")
	Object show(@PathVariable String slug, Model model, Locale locale) {
		PublicEvents.Lookup lookup = this.events.find(slug);
		if (lookup.isMoved()) {
			return movedPermanently("/evenementen/" + lookup.movedTo());
		}
		EventPage page = this.assembler.assemble(lookup.event(), locale, this.time.now());
		model.addAttribute("page", page);
		model.addAttribute("jsonLd", this.jsonLd.render(page));
		// The lead organisation's accent colour (checked for contrast when it was set) colours links and buttons.
		model.addAttribute("accentColour", page.organisers().isEmpty() ? null
				: this.faces.face(page.organisers().get(0).id()).accentColour());
		return "agenda/event";
	}

	@GetMapping("/evenementen/{slug}.ics")
	Object calendar(@PathVariable String slug) {
		PublicEvents.Lookup lookup = this.events.find(slug);
		if (lookup.isMoved()) {
			return movedPermanently("/evenementen/" + lookup.movedTo() + ".ics");
		}
		Event event = lookup.event();
		return calendarResponse(this.calendars.single(event), event.getSlug() + ".ics");
	}

	/**
	 * How long calendar clients and proxies may keep a calendar file before asking again.
	 */
	static final Duration CALENDAR_MAX_AGE = Duration.ofMinutes(15);

	static ResponseEntity<byte[]> calendarResponse(byte[] body, String filename) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(CALENDAR_MAX_AGE).cachePublic())
			.contentType(MediaType.parseMediaType(EventCalendars.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
			.body(body);
	}

	private static View movedPermanently(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return redirect;
	}

}
