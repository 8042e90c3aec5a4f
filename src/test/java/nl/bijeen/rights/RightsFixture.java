package nl.bijeen.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.bijeen.accounts.AccountSeeds;
import nl.bijeen.common.Zones;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.events.Venue;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.people.Person;

/**
 * Two organisations, A (ours) and B (foreign), with events, people and an account for every role: A's
 * administrator, an event manager given A's event, an editor, a check-in volunteer for A's event (today), and
 * B's administrator. A third event is led by B and co-organised by A. A and B have a venue each. Every name is
 * unique, so fixtures of several tests live side by side in one database.
 */
public record RightsFixture(long organisationA, long organisationB, long eventA, long eventB, long eventCoOrganised,
		long personA, long personB, AccountSeeds.Created adminA, AccountSeeds.Created managerA,
		AccountSeeds.Created editorA, AccountSeeds.Created volunteerA, AccountSeeds.Created adminB, long venueA,
		long venueB) {

	public static RightsFixture create(PeopleSeeds people, EventSeeds events, AccountSeeds accounts, Memberships memberships) {
		String k = UUID.randomUUID().toString().substring(0, 8);
		long a = people.organisation("org-a-" + k, () -> Organisation.create("org-a-" + k, "Organisatie A " + k, null, null)).id();
		long b = people.organisation("org-b-" + k, () -> Organisation.create("org-b-" + k, "Organisatie B " + k, null, null)).id();
		LocalDate today = LocalDate.now(Zones.AMSTERDAM);
		long eventA = event(events, "a-" + k, "Evenement van A " + k, today, List.of(a));
		long eventB = event(events, "b-" + k, "Evenement van B " + k, today.plusDays(3), List.of(b));
		long eventAB = event(events, "ab-" + k, "Samen met A " + k, today.plusDays(5), List.of(b, a));
		long personA = people.person("p-a-" + k, () -> Person.create("p-a-" + k, "Persoon A " + k, null, a, null, null)).id();
		long personB = people.person("p-b-" + k, () -> Person.create("p-b-" + k, "Persoon B " + k, null, b, null, null)).id();
		var adminA = accounts.create("admin-a-" + k, "Beheerder A", a, Role.ORGANISATION_ADMIN).orElseThrow();
		var managerA = accounts.create("manager-a-" + k, "Beheerder evenement A", a, Role.EVENT_MANAGER).orElseThrow();
		memberships.grant(managerA.accountId(), eventA, Role.EVENT_MANAGER);
		var editorA = accounts.create("editor-a-" + k, "Redacteur A", a, Role.EDITOR).orElseThrow();
		var volunteerA = accounts.create("volunteer-a-" + k, "Vrijwilliger A", a, Role.CHECK_IN_VOLUNTEER).orElseThrow();
		memberships.grant(volunteerA.accountId(), eventA, Role.CHECK_IN_VOLUNTEER);
		var adminB = accounts.create("admin-b-" + k, "Beheerder B", b, Role.ORGANISATION_ADMIN).orElseThrow();
		long venueA = events.save(Venue.create("Zaal van A " + k, "Lindelaan 1", "3511 AA", "Utrecht").ownedBy(a)).id();
		long venueB = events.save(Venue.create("Zaal van B " + k, "Eikenlaan 2", "3511 BB", "Utrecht").ownedBy(b)).id();
		return new RightsFixture(a, b, eventA, eventB, eventAB, personA, personB, adminA, managerA, editorA,
				volunteerA, adminB, venueA, venueB);
	}

	private static long event(EventSeeds events, String slug, String title, LocalDate day, List<Long> organisers) {
		Event event = Event.draft("rights-" + slug, title, day.atTime(0, 30), day.atTime(23, 30));
		event.setOrganiserIds(organisers);
		return events.save(event).getId();
	}

}
