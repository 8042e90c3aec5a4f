package nl.bijeen.registration.mail;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import nl.bijeen.common.Euros;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Zones;
import nl.bijeen.mail.Attachment;
import nl.bijeen.registration.PlaceMailAttachments;
import nl.bijeen.mail.MailWriter;
import nl.bijeen.mail.OutgoingMail;
import nl.bijeen.registration.internal.CancellationCalendar;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.OrganisationFaces;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.registration.internal.PersonalCalendar;
import nl.bijeen.registration.internal.PersonalCalendars;
import nl.bijeen.registration.internal.PersonalRegistrations;
import nl.bijeen.registration.internal.PersonalView;
import nl.bijeen.registration.internal.PersonalLinks;
import nl.bijeen.registration.internal.Pseudonymiser;
import nl.bijeen.registration.internal.Registrations;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.web.BijeenProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Writes the registration mails queued by {@link RegistrationMailer} when the outbox sends them: text and
 * HTML from the mail templates in the participant's language, with the personal link and, for active
 * registrations, the calendar file. A registration that no longer exists (erased) gets no mail. Mails go in
 * the name of the event's lead organisation (its sender name and reply-to address, or the event's contact);
 * the platform's address stays the sender address.
 */
@Component
class RegistrationMailWriter implements MailWriter {

	static final String NAME = "registration";

	private final PersonalRegistrations personal;

	private final PersonalCalendars calendars;

	private final MailTemplates templates;

	private final MessageSource messages;

	private final BijeenProperties site;

	private final ChangeNotices notices;

	private final PeopleDirectory people;

	private final Registrations registrations;

	private final OrganisationFaces faces;

	private final TransactionOperations transactions;

	private final List<PlaceMailAttachments> placeAttachments;

	RegistrationMailWriter(PersonalRegistrations personal, PersonalCalendars calendars, MailTemplates templates,
			MessageSource messages, BijeenProperties site, ChangeNotices notices, PeopleDirectory people,
			Registrations registrations, TransactionOperations transactions, OrganisationFaces faces,
			List<PlaceMailAttachments> placeAttachments) {
		this.placeAttachments = placeAttachments;
		this.faces = faces;
		this.registrations = registrations;
		this.transactions = transactions;
		this.personal = personal;
		this.calendars = calendars;
		this.templates = templates;
		this.messages = messages;
		this.site = site;
		this.notices = notices;
		this.people = people;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<OutgoingMail> write(String payload) {
		MailPayload mail = MailPayload.decode(payload);
		PersonalView view;
		try {
			view = this.personal.view(mail.registrationId());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		if (Pseudonymiser.isPseudonym(view.registration().email())) {
			// erased or past its retention period: nobody to write to
			return Optional.empty();
		}
		ChangeNotices.StoredNotice notice = null;
		if (mail.kind() == MailKind.NOTICE) {
			notice = (mail.noticeId() != null) ? this.notices.find(mail.noticeId()).orElse(null) : null;
			if (notice == null || !view.registration().status().isActive()) {
				// the notice was erased with its event, or the participant has cancelled meanwhile
				return Optional.empty();
			}
		}
		String token = (mail.token() != null) ? mail.token() : issueLink(mail.registrationId());
		return Optional.of(write(view, mail.kind(), token, notice));
	}

	/**
	 * Issues the personal link this mail carries (the links issued before keep working). Only its hash is
	 * stored; the token itself exists in the written mail until it is delivered (then its body is removed).
	 */
	private String issueLink(Long registrationId) {
		String token = PersonalLinks.newToken();
		this.transactions.executeWithoutResult(status -> this.registrations.newToken(registrationId,
				PersonalLinks.hash(token), LocalDateTime.now(Zones.AMSTERDAM)));
		return token;
	}

	private OutgoingMail write(PersonalView view, MailKind kind, String token, ChangeNotices.StoredNotice notice) {
		Locale locale = view.registration().preferredLocale();
		String personalUrl = (token != null) ? this.site.getBaseUrl() + "/aanmelding/" + token : null;
		Map<String, Object> model = new HashMap<>();
		model.put("kind", kind.key());
		model.put("view", view);
		model.put("personalUrl", personalUrl);
		model.put("siteName", this.site.getSiteName());
		model.put("eventUrl", this.site.getBaseUrl() + "/evenementen/" + view.event().getSlug());
		// Only within the configured window before the start (the view decides, as on the personal page).
		model.put("meetingLink", view.meetingLink());
		model.put("price", Euros.display(view.event().getPriceCents(), locale));
		Optional<Organisation> lead = view.event().leadOrganiserId().flatMap(this.people::organisation);
		model.put("organiser", lead.map(Organisation::name).orElse(null));
		// the lead organisation's accent colour (checked for contrast on white) for the links
		model.put("accent", lead.map(o -> this.faces.face(o.id()).accentColour()).orElse(null));
		NoticeText noticeText = (notice != null) ? NoticeText.of(notice, view.event().getTitle(), this.messages, locale)
				: null;
		model.put("notice", noticeText);
		String subject = (noticeText != null) ? noticeText.subject()
				: this.messages.getMessage("registration.mail." + kind.key() + ".subject",
						new Object[] { view.event().getTitle() }, locale);
		OutgoingMail mail = OutgoingMail
			.of(view.registration().email(), view.registration().name(), subject,
					this.templates.text("message", locale, model))
			.withHtml(this.templates.html("message", locale, model))
			.withLocale(locale)
			.withSender(lead.map(Organisation::mailSender).orElse(null), replyTo(lead, view.event()));
		boolean holdsPlace = view.registration().status() != RegistrationStatus.WAITLISTED
				&& view.registration().status().isActive();
		boolean cancelsCalendar = kind == MailKind.CANCELLED || kind == MailKind.CANCELLED_BY_ORGANISER
				|| (notice != null && notice.kind().cancelsCalendar() && holdsPlace);
		if (cancelsCalendar) {
			mail = mail.withAttachment(new Attachment("afmelding.ics", PersonalCalendar.CONTENT_TYPE,
					CancellationCalendar.of(view.event(), view.venue(), (String) model.get("eventUrl"))));
		}
		else if (kind.calendar() && holdsPlace) {
			mail = mail.withAttachment(new Attachment("aanmelding.ics", PersonalCalendar.CONTENT_TYPE,
					this.calendars.of(view, personalUrl)));
			if (view.registration().status() == RegistrationStatus.CONFIRMED) {
				for (PlaceMailAttachments extra : this.placeAttachments) {
					for (Attachment attachment : extra.of(view.registration().id())) {
						mail = mail.withAttachment(attachment);
					}
				}
			}
		}
		return mail;
	}

	/**
	 * Replies go to the lead organisation's reply-to address, else to the event's contact, else to the
	 * platform's configured address.
	 */
	/**
	 * The reply-to address of a mail about the event: its lead organisation's, else the event's contact address.
	 */
	static String replyTo(Optional<Organisation> lead, nl.bijeen.events.Event event) {
		String address = lead.map(Organisation::replyTo).orElseGet(event::getContactEmail);
		return deliverable(address) ? address : null;
	}

	/**
	 * Whether the address can go in a header; one that cannot never keeps the mail itself from going.
	 */
	private static boolean deliverable(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		try {
			new InternetAddress(address.strip(), true).validate();
			return true;
		}
		catch (AddressException ex) {
			return false;
		}
	}

}
