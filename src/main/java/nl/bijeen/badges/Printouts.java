package nl.bijeen.badges;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Slugs;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Venue;
import nl.bijeen.programme.Programmes;
import nl.bijeen.programme.SessionView;
import nl.bijeen.programme.Timetable;
import nl.bijeen.registration.ParticipantWithPlace;
import nl.bijeen.registration.ParticipantsWithPlace;
import nl.bijeen.registration.PlaceSelection;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import nl.bijeen.badges.PdfDocuments.Typefaces;

/**
 * Writes badges and presence lists as PDF: finds the event (and session), streams its participants with a place
 * from the registration module onto the sheets one by one, and writes the finished document to its target.
 */
@Service
class Printouts {

	private final EventCatalog events;

	private final Programmes programmes;

	private final ParticipantsWithPlace participants;

	private final PdfDocuments documents;

	private final MessageSource messages;

	Printouts(EventCatalog events, Programmes programmes, ParticipantsWithPlace participants, PdfDocuments documents,
			MessageSource messages) {
		this.events = events;
		this.programmes = programmes;
		this.participants = participants;
		this.documents = documents;
		this.messages = messages;
	}

	/**
	 * The event and, when asked for, one of its sessions.
	 * @throws NotFoundException when there is no such event, or the session is not one of its
	 */
	Occasion occasion(Long eventId, Long sessionId) {
		Event event = this.events.event(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
		Timetable timetable = this.programmes.of(eventId);
		SessionView session = null;
		if (sessionId != null) {
			session = timetable.rounds().stream()
				.flatMap(r -> r.sessions().stream())
				.filter(s -> s.id() == sessionId)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("No session " + sessionId + " in event " + eventId));
		}
		Optional<Venue> venue = (event.getVenueId() == null) ? Optional.empty() : this.events.venue(event.getVenueId());
		return new Occasion(event, timetable, venue, session);
	}

	/**
	 * Writes the badges of the selected participants with a place.
	 * @return how many badges
	 */
	long badges(Occasion occasion, PlaceSelection selection, Locale locale, Target target) throws IOException {
		try (PDDocument document = this.documents.create()) {
			describe(document, msg("badges.document.badges", locale, occasion.event().getTitle()));
			Typefaces faces = this.documents.typefaces(document);
			BadgeSheet sheet = new BadgeSheet(document, faces, occasion.event().getTitle(), eventDate(occasion.event(), locale));
			Map<Long, SessionView> sessions = occasion.sessions();
			DateTimeFormatter time = DateTimeFormatter.ofPattern(occasion.severalDays() ? "EEE d MMM HH:mm" : "HH:mm", locale);
			each(selection, p -> sheet.add(new Badge(p.name(), p.organisation(), workshops(p, sessions, time))));
			sheet.finish(msg("badges.none", locale));
			document.save(target.open());
			return sheet.count();
		}
	}

	/**
	 * Writes the presence list of the occasion: everyone with a place at the event, or in the session.
	 * @return how many lines
	 */
	long presenceList(Occasion occasion, Locale locale, Target target) throws IOException {
		try (PDDocument document = this.documents.create()) {
			describe(document, msg("badges.document.presence", locale, occasion.event().getTitle()));
			Typefaces faces = this.documents.typefaces(document);
			PresenceSheet sheet = new PresenceSheet(document, faces, header(occasion, locale));
			each(occasion.selection(), p -> sheet.add(p.name(), p.organisation()));
			sheet.finish((page, pages) -> msg("badges.presence.page", locale, page, pages),
					msg("badges.presence.total", locale, sheet.count()));
			document.save(target.open());
			return sheet.count();
		}
	}

	/** e.g. {@code badges-conferentie-samen-sterker-workshop-a.pdf} */
	String filename(Occasion occasion, String kind, Locale locale) {
		String session = (occasion.session() == null) ? "" : "-" + Slugs.of(occasion.session().title());
		return msg("badges.filename." + kind, locale) + "-" + occasion.event().getSlug() + session + ".pdf";
	}

	/**
	 * Where a finished document goes, opened only when it is complete (so that a failure before can still be
	 * answered with an error page).
	 */
	interface Target {

		OutputStream open() throws IOException;

	}

	private interface Drawing {

		void draw(ParticipantWithPlace participant) throws IOException;

	}

	private void each(PlaceSelection selection, Drawing drawing) throws IOException {
		try {
			this.participants.each(selection, p -> {
				try {
					drawing.draw(p);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static List<String> workshops(ParticipantWithPlace participant, Map<Long, SessionView> sessions,
			DateTimeFormatter time) {
		List<SessionView> held = new ArrayList<>();
		for (Long id : participant.sessionIds()) {
			SessionView session = sessions.get(id);
			if (session != null) {
				held.add(session);
			}
		}
		held.sort(Comparator.comparing(SessionView::startsAt).thenComparing(SessionView::roundId));
		return held.stream().map(s -> time.format(s.startsAt()) + " " + s.title()).toList();
	}

	private PresenceSheet.Header header(Occasion occasion, Locale locale) {
		Event event = occasion.event();
		SessionView session = occasion.session();
		String venue = occasion.venue().map(Venue::name).orElse(null);
		String subject;
		LocalDateTime start;
		LocalDateTime end;
		String room;
		if (session == null) {
			subject = msg("badges.presence.everyone", locale);
			start = event.getStartsAt();
			end = event.getEndsAt();
			room = venue;
		}
		else {
			subject = msg("badges.presence.session", locale, session.roundTitle(), session.title());
			start = session.startsAt();
			end = session.endsAt();
			room = Stream.of(session.room(), venue).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
		}
		List<String> details = new ArrayList<>();
		if (start != null) {
			details.add(msg("badges.presence.date", locale, days(start, end, "EEEE d MMMM yyyy", locale)));
			details.add(msg("badges.presence.time", locale, times(start, end)));
		}
		if (room != null && !room.isBlank()) {
			details.add(msg("badges.presence.room", locale, room));
		}
		List<String> columns = Stream.of("number", "name", "organisation", "signature")
			.map(c -> msg("badges.presence.column." + c, locale))
			.toList();
		return new PresenceSheet.Header(event.getTitle(), subject, String.join("   \u00b7   ", details), columns);
	}

	/** The event's date, e.g. "12 mei 2026", or its days, e.g. "12 mei 2026 – 13 mei 2026". */
	private static String eventDate(Event event, Locale locale) {
		return (event.getStartsAt() == null) ? "" : days(event.getStartsAt(), event.getEndsAt(), "d MMMM yyyy", locale);
	}

	private static String days(LocalDateTime start, LocalDateTime end, String pattern, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, locale);
		LocalDate first = start.toLocalDate();
		if (end == null || end.toLocalDate().equals(first)) {
			return format.format(first);
		}
		return format.format(first) + " \u2013 " + format.format(end.toLocalDate());
	}

	private static String times(LocalDateTime start, LocalDateTime end) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("HH:mm");
		return (end == null) ? format.format(start) : format.format(start) + "\u2013" + format.format(end);
	}

	private static void describe(PDDocument document, String title) {
		document.getDocumentInformation().setTitle(title);
		document.getDocumentInformation().setCreator("bijeen");
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
