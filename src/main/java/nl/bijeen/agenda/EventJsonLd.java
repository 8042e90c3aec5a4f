package nl.bijeen.agenda;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventStatus;
import nl.bijeen.events.Venue;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * schema.org Event structured data (JSON-LD) for an event page, safe to place inside a {@code <script>}
 * element. Times carry the offset valid on that date (+01:00 in winter, +02:00 in summer).
 */
@Component
class EventJsonLd {

	static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private static final String SCHEMA = "https://schema.org/";

	private final JsonMapper json;

	private final PublicUrls urls;

	EventJsonLd(JsonMapper json, PublicUrls urls) {
		this.json = json;
		this.urls = urls;
	}

	String render(EventPage page) {
		Event event = page.event();
		ObjectNode root = this.json.createObjectNode();
		root.put("@context", "https://schema.org");
		root.put("@type", "Event");
		root.put("name", event.getTitle());
		putIfPresent(root, "description", event.getSummary() != null ? event.getSummary() : event.getSubtitle());
		root.put("url", page.url());
		root.put("inLanguage", "nl");
		root.put("startDate", iso(event.getStartsAt(), event));
		root.put("endDate", iso(event.getEndsAt(), event));
		root.put("eventStatus", SCHEMA + status(event));
		if (event.getPreviousStartsAt() != null) {
			root.put("previousStartDate", iso(event.getPreviousStartsAt(), event));
		}
		root.put("eventAttendanceMode", SCHEMA + event.getAttendanceMode().schemaOrg());
		location(root, page);
		putIfPresent(root, "image", page.imageUrl());
		ArrayNode organizers = this.json.createArrayNode();
		page.organisers().forEach(o -> {
			ObjectNode organizer = organizers.addObject().put("@type", "Organization").put("name", o.name());
			organizer.put("url", o.website() != null && !o.website().isBlank() ? o.website()
					: this.urls.organisation(o.slug()));
		});
		putIfNotEmpty(root, "organizer", organizers);
		ArrayNode performers = this.json.createArrayNode();
		page.programme().people().forEach(p -> {
			ObjectNode performer = performers.addObject().put("@type", "Person").put("name", p.name());
			performer.put("url", this.urls.person(p.slug()));
		});
		putIfNotEmpty(root, "performer", performers);
		offers(root, page);
		if (!page.audiences().isEmpty()) {
			ArrayNode audiences = root.putArray("audience");
			page.audiences().forEach(a -> audiences.addObject().put("@type", "Audience").put("audienceType", a.name()));
		}
		if (!page.themes().isEmpty()) {
			root.put("keywords", String.join(", ", page.themes().stream().map(t -> t.name()).toList()));
		}
		return scriptSafe(this.json.writeValueAsString(root));
	}

	private void location(ObjectNode root, EventPage page) {
		AttendanceMode mode = page.event().getAttendanceMode();
		ArrayNode locations = this.json.createArrayNode();
		Venue venue = page.venue();
		if (mode.hasVenue() && venue != null) {
			ObjectNode place = locations.addObject().put("@type", "Place").put("name", venue.name());
			ObjectNode address = place.putObject("address").put("@type", "PostalAddress");
			putIfPresent(address, "streetAddress", venue.street());
			putIfPresent(address, "postalCode", venue.postalCode());
			putIfPresent(address, "addressLocality", venue.city());
			putIfPresent(address, "addressCountry", venue.country());
		}
		if (mode.isOnline()) {
			locations.addObject().put("@type", "VirtualLocation").put("url", page.url());
		}
		if (locations.size() == 1) {
			root.set("location", locations.get(0));
		}
		else if (locations.size() > 1) {
			root.set("location", locations);
		}
	}

	private void offers(ObjectNode root, EventPage page) {
		Event event = page.event();
		ObjectNode offer = root.putObject("offers").put("@type", "Offer");
		offer.put("price", Prices.machine(event.getPriceCents()));
		offer.put("priceCurrency", "EUR");
		if (!page.past()) {
			offer.put("url", this.urls.registration(event.getSlug()));
		}
		offer.put("availability", SCHEMA + availability(page));
		if (event.getRegistrationOpensAt() != null) {
			offer.put("validFrom", iso(event.getRegistrationOpensAt(), event));
		}
	}

	/**
	 * InStock while places are left, LimitedAvailability when few are left or only the waiting list,
	 * SoldOut when full; PreSale before and Discontinued after the registration period.
	 */
	static String availability(EventPage page) {
		return switch (page.registration()) {
			case OPEN -> switch (page.places().kind()) {
				case AVAILABLE -> "InStock";
				case FEW_LEFT, WAITING_LIST -> "LimitedAvailability";
				case FULL -> "SoldOut";
			};
			case NOT_YET_OPEN -> "PreSale";
			default -> "Discontinued";
		};
	}

	static String status(Event event) {
		if (event.getStatus() == EventStatus.PUBLISHED && event.getPreviousStartsAt() != null) {
			return "EventRescheduled";
		}
		return event.getStatus().schemaOrg();
	}

	static String iso(LocalDateTime wallClock, Event event) {
		return wallClock.atZone(ZoneId.of(event.getTimeZone())).format(ISO);
	}

	private static void putIfNotEmpty(ObjectNode node, String name, ArrayNode values) {
		if (!values.isEmpty()) {
			node.set(name, values);
		}
	}

	private static void putIfPresent(ObjectNode node, String name, String value) {
		if (value != null && !value.isBlank()) {
			node.put(name, value);
		}
	}

	/**
	 * Escapes the characters that could end the script element or open markup; the JSON stays equal.
	 */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
