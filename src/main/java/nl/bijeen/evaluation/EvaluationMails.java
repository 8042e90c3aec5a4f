package nl.bijeen.evaluation;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import nl.bijeen.events.Event;
import nl.bijeen.mail.MailWriter;
import nl.bijeen.mail.OutgoingMail;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.registration.Accreditation;
import nl.bijeen.registration.Accreditations;
import nl.bijeen.web.BijeenProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the invitation and the reminder when the outbox sends them: in the participant's language, in the name of
 * the event's lead organisation, with a personal link of its own (issued now; only its hash is stored). Nothing is
 * written for an invitation that was erased, a participant who answered meanwhile (reminder) or a closed form.
 */
@Component
class EvaluationMails implements MailWriter {

	static final String WRITER = "evaluation";

	static final String INVITE = "invite";

	static final String REMIND = "remind";

	private final EvaluationInvitations invitations;

	private final EvaluationForms forms;

	private final EvaluationLinks links;

	private final Accreditations accreditations;

	private final PeopleDirectory people;

	private final MessageSource messages;

	private final BijeenProperties site;

	private final TransactionTemplate transactions;

	EvaluationMails(EvaluationInvitations invitations, EvaluationForms forms, EvaluationLinks links,
			Accreditations accreditations, PeopleDirectory people, MessageSource messages, BijeenProperties site,
			TransactionTemplate transactions) {
		this.invitations = invitations;
		this.forms = forms;
		this.links = links;
		this.accreditations = accreditations;
		this.people = people;
		this.messages = messages;
		this.site = site;
		this.transactions = transactions;
	}

	@Override
	public String name() {
		return WRITER;
	}

	@Override
	public Optional<OutgoingMail> write(String payload) {
		String[] parts = payload.split(":");
		String kind = parts[0];
		Optional<EvaluationInvitations.Invitation> found = this.invitations.find(Long.valueOf(parts[1]));
		if (found.isEmpty() || found.get().answered()) {
			return Optional.empty();
		}
		EvaluationInvitations.Invitation invitation = found.get();
		Optional<EvaluationForm> form = this.forms.byId(invitation.formId());
		Event event = this.forms.event(invitation.eventId());
		if (form.isEmpty() || this.forms.closed(form.get(), event)) {
			return Optional.empty();
		}
		Optional<Accreditation> who = this.accreditations.find(invitation.eventId(), invitation.registrationId());
		if (who.isEmpty()) {
			return Optional.empty();
		}
		String token = this.transactions.execute(status -> this.links.issue(invitation.id()));
		return Optional.of(mail(kind, who.get(), event, form.get(), token));
	}

	private OutgoingMail mail(String kind, Accreditation who, Event event, EvaluationForm form, String token) {
		Locale locale = (who.locale() != null && "en".equals(who.locale().getLanguage())) ? Locale.ENGLISH
				: Locale.forLanguageTag("nl");
		Optional<Organisation> lead = event.leadOrganiserId().flatMap(this.people::organisation);
		String organiser = lead.map(Organisation::name).orElse(this.site.getSiteName());
		String url = this.site.getBaseUrl() + "/evaluatie/" + token;
		String closes = this.forms.closesAt(form, event)
			.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale));
		String subject = this.messages.getMessage("evaluation.mail." + kind + ".subject",
				new Object[] { event.getTitle() }, locale);
		String text = this.messages.getMessage("evaluation.mail." + kind + ".text",
				new Object[] { who.name(), event.getTitle(), url, closes, organiser,
						form.anonymous() ? this.messages.getMessage("evaluation.mail.anonymous", null, locale) : "" },
				locale);
		return OutgoingMail.of(who.email(), who.name(), subject, text)
			.withLocale(locale)
			.withEvent(event.getId())
			.withSender(lead.map(Organisation::mailSender).orElse(null), lead.map(Organisation::replyTo).orElse(null));
	}

}
