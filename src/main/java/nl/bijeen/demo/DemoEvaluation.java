package nl.bijeen.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.bijeen.evaluation.EvaluationSeeds;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;

import org.springframework.stereotype.Component;

/**
 * The evaluation of the past debate afternoon: an anonymous form with marks, choices and open questions and 34
 * responses (drawn from a fixed seed, so every demo shows the same figures). Texts are written for the demo.
 */
@Component
class DemoEvaluation {

	static final String DEBATE = "de-sociale-idealen-van-gemeenten-" + DemoEvents.DEBATE_2018.getYear();

	static final int RESPONSES = 34;

	private static final List<String> HEARD = List.of("Nieuwsbrief", "Via een collega", "Website van de organisator",
			"LinkedIn", "Anders");

	private static final List<String> TOPICS = List.of("Armoede en schulden", "Participatie van inwoners",
			"Jeugd en gezin", "Wonen en zorg", "Digitale inclusie");

	private static final List<String> AGAIN = List.of("Ja", "Misschien", "Nee");

	private static final List<String> TAKE_AWAY = List.of(
			"Dat sociale idealen pas iets betekenen als je ze vertaalt naar de keukentafel.",
			"De vraag van de wethouder: wie in onze gemeente zien we eigenlijk nooit? Die neem ik mee naar ons team.",
			"Meer durven experimenteren met kleine budgetten in de wijk, en daar eerlijk over rapporteren.",
			"Het verschil tussen rechtvaardigheid en gelijkheid werd me ineens helder.",
			"Contact met een collega uit een buurgemeente die hetzelfde probleem met de schuldhulp heeft.",
			"Dat inwoners geen doelgroep zijn maar mede-eigenaar van het beleid.",
			"Ik ga ons armoedebeleid nog eens naast de idealen uit het panel leggen.",
			"Het voorbeeld van de buurtbudgetten in Leeuwarden.",
			"Meer aandacht voor de mensen die net boven de grens vallen.",
			"Dat een gemeente ook mag zeggen wat ze niet kan.");

	private static final List<String> BETTER = List.of(
			"Minder lang plenair, meer tijd om met elkaar in gesprek te gaan.",
			"De zaal was aan het eind erg warm.",
			"Graag de dia's van het panel achteraf toesturen.",
			"Meer stemmen van inwoners zelf op het podium.",
			"De pauze was te kort om nog iemand te spreken.",
			"Goed zo, niets aan veranderen.",
			"De microfoon in de zaal werkte niet goed bij de vragenronde.");

	private final EventCatalog events;

	private final EvaluationSeeds evaluations;

	private final nl.bijeen.attendance.Presence presence;

	DemoEvaluation(EventCatalog events, EvaluationSeeds evaluations, nl.bijeen.attendance.Presence presence) {
		this.events = events;
		this.evaluations = evaluations;
		this.presence = presence;
	}

	/** Adds the form and its responses; returns how many responses. */
	int create() {
		Event event = this.events.eventWithSlug(DEBATE).orElse(null);
		if (event == null) {
			return 0;
		}
		long id = event.getId();
		this.evaluations.form(id, true);
		long overall = this.evaluations.rating(id, "Algemeen oordeel over de middag", true);
		long panel = this.evaluations.rating(id, "Hoe waardeert u het panelgesprek?", false);
		long heard = this.evaluations.choice(id, "Hoe hoorde u van deze bijeenkomst?", false, HEARD);
		long topics = this.evaluations.choice(id, "Over welke onderwerpen wilt u vaker iets horen? (meerdere antwoorden)",
				true, TOPICS);
		long again = this.evaluations.choice(id, "Zou u een volgende editie bezoeken?", false, AGAIN);
		long takeAway = this.evaluations.open(id, "Wat neemt u mee naar uw eigen werk?", 1000);
		long better = this.evaluations.open(id, "Wat kan er beter?", 1000);
		// Everyone present (the demo's check-ins) was invited the day after, the others reminded three days later.
		List<Long> present = this.presence.of(id).stream().sorted().toList();
		java.time.LocalDateTime invited = event.getEndsAt().plusDays(1).withHour(9).withMinute(0);
		this.evaluations.invited(id, present, invited, invited.plusDays(3), Math.min(RESPONSES, present.size()));
		Random random = new Random(2018);
		LocalDate day = event.getEndsAt().toLocalDate();
		int[] marks = { 5, 6, 7, 7, 7, 8, 8, 8, 8, 9, 9, 10 };
		for (int i = 0; i < RESPONSES; i++) {
			Map<Long, List<String>> answers = new LinkedHashMap<>();
			int mark = marks[random.nextInt(marks.length)];
			answers.put(overall, List.of(Integer.toString(mark)));
			if (random.nextInt(6) > 0) {
				answers.put(panel, List.of(Integer.toString(Math.max(3, Math.min(10, mark + random.nextInt(3) - 1)))));
			}
			answers.put(heard, List.of(HEARD.get(weighted(random, 4, 3, 2, 2, 1))));
			List<String> chosen = new ArrayList<>();
			for (String topic : TOPICS) {
				if (random.nextInt(10) < 4) {
					chosen.add(topic);
				}
			}
			answers.put(topics, chosen);
			answers.put(again, List.of(AGAIN.get(mark >= 8 ? 0 : (mark >= 6 ? weighted(random, 2, 3, 0) : 2))));
			if (i < TAKE_AWAY.size() * 2 && i % 2 == 0) {
				answers.put(takeAway, List.of(TAKE_AWAY.get(i / 2)));
			}
			if (i % 5 == 1 && i / 5 < BETTER.size()) {
				answers.put(better, List.of(BETTER.get(i / 5)));
			}
			this.evaluations.respond(id, null, day.plusDays(i % 6), answers);
		}
		return RESPONSES;
	}

	private static int weighted(Random random, int... weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int pick = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			pick -= weights[i];
			if (pick < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
