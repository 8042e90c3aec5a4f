package nl.bijeen.privacy;

import java.time.Instant;
import java.util.Collection;

import nl.bijeen.mail.MailRecords;
import nl.bijeen.newsletter.Subscriptions;
import nl.bijeen.registration.Erasure;
import nl.bijeen.registration.PersonalData;

import org.springframework.stereotype.Service;

/**
 * Erases a person's data: through their personal link (that registration), or on their request by an
 * administrator (the platform administrator: every registration with the address, across events, every mail
 * to it and its newsletter subscription; an organisation's administrator: those of the events their organisation
 * organises). All are recorded in {@link ErasureRecords}.
 */
@Service
public class Erasures {

	private final PersonalData personalData;

	private final MailRecords mails;

	private final ErasureRecords records;

	private final Subscriptions newsletter;

	Erasures(PersonalData personalData, MailRecords mails, ErasureRecords records, Subscriptions newsletter) {
		this.newsletter = newsletter;
		this.personalData = personalData;
		this.mails = mails;
		this.records = records;
	}

	/**
	 * Erases the registration behind the personal link.
	 * @throws nl.bijeen.common.NotFoundException when the link leads nowhere
	 */
	public Erasure byParticipant(String token) {
		String email = this.personalData.email(token);
		int mailsBefore = this.mails.to(email).size();
		Erasure erasure = this.personalData.erase(token);
		// the mails of this registration went with it (other registrations with the address keep theirs)
		int mailsDeleted = Math.max(0, mailsBefore - this.mails.to(email).size());
		this.records.add(Instant.now(), ErasureRecords.PARTICIPANT, email, erasure.registrations(), mailsDeleted);
		return erasure;
	}

	/**
	 * Erases every registration with this address and every mail to it, on the person's request, across all
	 * events (the platform administrator).
	 * @param organiser the signed-in administrator who does it
	 * @return what was erased, with the number of mails deleted
	 */
	public Result onRequest(String email, String organiser) {
		Erasure erasure = this.personalData.eraseAll(email);
		int mailsDeleted = this.mails.forgetAddress(email.strip());
		// the platform's newsletter too (an organisation's administrator erases only their events' data)
		this.newsletter.erase(email);
		this.records.add(Instant.now(), organiser, email, erasure.registrations(), mailsDeleted);
		return new Result(erasure.registrations(), erasure.cancelled(), mailsDeleted);
	}

	/**
	 * Erases, on the person's request, the registrations with this address for the given events only (those an
	 * organisation organises) and the mails to the address about them; registrations and mails of other events
	 * stay. Recorded with the organisation.
	 * @param organiser the signed-in administrator who does it
	 * @param organisationId the administrator's organisation
	 * @param eventIds the events the organisation organises
	 * @return what was erased, with the number of mails deleted
	 */
	public Result onRequest(String email, String organiser, long organisationId, Collection<Long> eventIds) {
		Erasure erasure = this.personalData.eraseAll(email, eventIds);
		int mailsDeleted = this.mails.forgetAddress(email.strip(), eventIds);
		this.records.add(Instant.now(), organiser, email, erasure.registrations(), mailsDeleted, organisationId);
		return new Result(erasure.registrations(), erasure.cancelled(), mailsDeleted);
	}

	/**
	 * What an erasure on request did.
	 */
	public record Result(int registrations, int cancelled, int mails) {
	}

}
