package nl.bijeen.demo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.insights.InsightSeeds;
import nl.bijeen.insights.InsightStatus;
import nl.bijeen.programme.Programmes;
import nl.bijeen.programme.SessionView;

import org.springframework.stereotype.Component;

/**
 * The insights gathered at the past online meeting, per workshop and for the meeting as a whole, approved,
 * plus one still waiting for moderation. Texts are written for the demo.
 */
@Component
class DemoInsights {

	static final String ONLINE_MEETING = "dicht-de-kloof-werken-aan-vertrouwen-" + DemoEvents.ONLINE_2020.getYear();

	private final EventCatalog events;

	private final Programmes programmes;

	private final InsightSeeds insights;

	DemoInsights(EventCatalog events, Programmes programmes, InsightSeeds insights) {
		this.events = events;
		this.programmes = programmes;
		this.insights = insights;
	}

	/** Adds the insights; returns how many. */
	int create() {
		Event event = this.events.eventWithSlug(ONLINE_MEETING).orElse(null);
		if (event == null) {
			return 0;
		}
		Map<String, Long> sessions = this.programmes.sessionsOfEvent(event.getId()).stream()
			.collect(Collectors.toMap(SessionView::title, SessionView::id, (a, b) -> a));
		Long residents = sessions.get("Inwoners aan het stuur");
		Long bonding = sessions.get("Bonding, bridging en linking");
		LocalDateTime at = event.getStartsAt().plusMinutes(20);
		List<Object[]> rows = List.of(
				new Object[] { null, "Vertrouwen begint bij terugkomen: wie belooft langs te komen, moet er de week erna ook echt staan.", "Mirjam" },
				new Object[] { null, "Een gemeente die haar eigen fouten hardop benoemt, krijgt meer krediet dan een gemeente die alleen plannen presenteert.", null },
				new Object[] { residents, "Vraag niet wat inwoners van ons plan vinden, maar welk plan zij al hebben en wat ze daarvoor nodig hebben.", "Karim" },
				new Object[] { residents, "De buurtapp van de moeders op het plein bereikt meer mensen dan onze nieuwsbrief. Sluit daarbij aan.", null },
				new Object[] { bonding, "Een eigen plek voor een groep is geen afzondering, maar een veilige basis om daarna anderen te ontmoeten.", "Esther" },
				new Object[] { bonding, "Linking lukt pas als iemand van de gemeente regelmatig aanschuift zonder agenda.", null });
		int n = 0;
		for (Object[] row : rows) {
			this.insights.add(event.getId(), (Long) row[0], (String) row[1], (String) row[2], InsightStatus.APPROVED,
					at.plusMinutes(7L * n));
			n++;
		}
		this.insights.add(event.getId(), null, "Kunnen we de opname van de talkshow terugkijken?", null,
				InsightStatus.PENDING, at.plusMinutes(7L * n));
		return n;
	}

}
