package nl.bijeen.demo;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.mailings.MailingSeeds;

import org.springframework.stereotype.Component;

/**
 * The follow-up mail the organiser sent to those present at the past online meeting, in its record only (counted
 * from the demo's attendance, so {@link DemoAttendance} runs first): no demo mail is sent at start-up. The text is
 * written for the demo.
 */
@Component
class DemoMailings {

	private final EventCatalog events;

	private final MailingSeeds mailings;

	DemoMailings(EventCatalog events, MailingSeeds mailings) {
		this.events = events;
		this.mailings = mailings;
	}

	/** Adds the mailing; returns how many (0 or 1). */
	int create() {
		Event event = this.events.eventWithSlug(DemoInsights.ONLINE_MEETING).orElse(null);
		if (event == null) {
			return 0;
		}
		this.mailings.sent(event.getId(), "Terugkijken en de presentaties van Dicht de kloof", """
				Beste {naam},

				Dank voor uw deelname aan **Dicht de kloof: werken aan vertrouwen**. De opname van de talkshow en de \
				presentaties van beide workshops staan nu op de pagina van de bijeenkomst.

				Wat we van u hoorden, nemen we mee in de volgende bijeenkomst. Heeft u nog een vraag of een \
				aanvulling? Beantwoord dan deze e-mail.

				Met vriendelijke groet,
				Het organiserende team""", true, "werkplaatsen-beheer", event.getEndsAt().plusDays(1).withHour(10)
					.withMinute(0));
		return 1;
	}

}
