package nl.bijeen.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts behind the demo: organisations, people with their function, themes and audiences, as named in
 * the public pages about the three events the demo is built on. Descriptions are our own words.
 */
final class DemoFacts {

	private DemoFacts() {
	}

	record Org(String slug, String name, String website, String description) {
	}

	record Someone(String name, String jobTitle, String organisation, String affiliation) {
	}

	static final List<Org> ORGANISATIONS = List.of(
			new Org("movisie", "Movisie", "https://www.movisie.nl", "Landelijk kennisinstituut voor het sociaal domein."),
			new Org("universiteit-voor-humanistiek", "Universiteit voor Humanistiek", "https://www.uvh.nl", null),
			new Org("trimbos-instituut", "Trimbos-instituut", "https://www.trimbos.nl", "Kennisinstituut voor geestelijke gezondheid en verslaving."),
			new Org("werkplaatsen-sociaal-domein", "Werkplaatsen Sociaal Domein", null, "Regionale samenwerkingen van hogescholen, gemeenten en organisaties die praktijkgericht onderzoek doen in het sociaal domein."),
			new Org("inholland", "Hogeschool Inholland", "https://www.inholland.nl", null),
			new Org("dock-haarlem", "Dock Haarlem", null, null),
			new Org("nhl-stenden", "NHL Stenden Hogeschool", "https://www.nhlstenden.com", null),
			new Org("hogeschool-van-amsterdam", "Hogeschool van Amsterdam", "https://www.hva.nl", null),
			new Org("hvo-querido", "HVO-Querido", null, null),
			new Org("stichting-kernkracht", "Stichting KernKracht", null, null),
			new Org("hogeschool-viaa", "Hogeschool VIAA", null, null),
			new Org("hogeschool-windesheim", "Hogeschool Windesheim", "https://www.windesheim.nl", null),
			new Org("gemeente-zaanstad", "Gemeente Zaanstad", "https://www.zaanstad.nl", null));

	static final List<Someone> PEOPLE = List.of(
			new Someone("Tanja Bubic", "Dagvoorzitter", null, null),
			new Someone("Frénk van der Linden", "Journalist en dagvoorzitter", null, null),
			new Someone("Olaf Stomp", "Dagvoorzitter", "movisie", null),
			new Someone("Jenny Boumans", "Onderzoeker", "trimbos-instituut", null),
			new Someone("Anja Machielse", "Hoogleraar", "universiteit-voor-humanistiek", null),
			new Someone("Pieter Hilhorst", "Politicoloog, publicist en actieonderzoeker", null, null),
			new Someone("Herm Kuipers", "Manager Samenleven", null, "Gemeente Amersfoort"),
			new Someone("Marijke Andeweg", "Regisseur eenzaamheid", null, "Gemeente Amsterdam"),
			new Someone("Arjo Klamer", "Hoogleraar Economie van de Kunst en Cultuur, oud-wethouder van Hilversum", null, "Erasmus Universiteit Rotterdam"),
			new Someone("Raf Janssen", "Wethouder", null, "Gemeente Peel en Maas"),
			new Someone("Marja Jager-Vreugdenhil", "Lector Samenlevensvraagstukken", "hogeschool-viaa", null),
			new Someone("Toby Witte", "Columnist", null, null),
			new Someone("Karin ter Horst", "Ervaringsdeskundige en bruggenbouwer", null, null),
			new Someone("Bert Wienen", "Onderzoeker en gemeenteraadslid in Assen", "hogeschool-windesheim", null),
			new Someone("Wouter Struijk", "Wethouder", null, "Gemeente Nissewaard"),
			new Someone("Renate Richters", "Wethouder", null, "Gemeente Eindhoven"),
			new Someone("Lineke Verkooijen", "Lector", "hogeschool-windesheim", null),
			new Someone("Sjef van der Klein", "Sociaal werker", null, "Sociaal Werker van het Jaar 2018"),
			new Someone("Jan Hamming", "Burgemeester", "gemeente-zaanstad", null),
			new Someone("René Cuperus", "Publicist", null, null),
			new Someone("Amina Berkane", "Ondernemer", null, "Utrecht"),
			new Someone("Lou Repetur", "Programmadirecteur", "movisie", null),
			new Someone("Peter Rensen", "Adviseur", "movisie", null),
			new Someone("Ard Sprinkhuizen", "Associate lector Maatschappelijk Werk", "inholland", null),
			new Someone("Dick Jansen", "Regiodirecteur", "dock-haarlem", null),
			new Someone("Mellouki Cadat-Lampe", "Adviseur", "movisie", null),
			new Someone("Jaap Ikink", "Docent", "nhl-stenden", null),
			new Someone("Doortje Kal", "Onderzoeker en grondlegger van kwartiermaken", null, null),
			new Someone("Madeleine Prinsen", "Ervaringsdeskundig kwartiermaker en docent", null, null),
			new Someone("Max Huber", "Onderzoeker", "hogeschool-van-amsterdam", null),
			new Someone("Karla Nijnens", "Manager", "hvo-querido", null),
			new Someone("Marrig van der Werf", "Projectleider Herstel & Participatie", "stichting-kernkracht", null),
			new Someone("Anouk Poll", "Adviseur Thuis in de Wijk", "movisie", null),
			new Someone("Krista van Mourik", "Expert leefbaarheid", "movisie", null),
			new Someone("Judith Jansen", "Projectleider Wij in de Wijk", "movisie", null));

	static final Map<String, String> THEMES = ordered("sociale-basis", "Sociale basis", "empowerment", "Empowerment",
			"eenzaamheid", "Eenzaamheid", "kwartiermaken", "Kwartiermaken", "leefbaarheid", "Leefbaarheid",
			"burgerparticipatie", "Burgerparticipatie", "vertrouwen", "Vertrouwen");

	static final Map<String, String> AUDIENCES = ordered("inwoners", "Inwoners", "beleidsmakers", "Beleidsmakers",
			"bestuurders", "Bestuurders", "sociaal-professionals", "Sociaal professionals", "raadsleden", "Raadsleden",
			"onderzoekers", "Onderzoekers");

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
