package nl.bijeen.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.bijeen.attendance.AttendanceSeeds;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.people.OrganisationFace;
import nl.bijeen.people.OrganisationFaces;
import nl.bijeen.programme.ProgrammeRows;
import nl.bijeen.programme.Session;
import nl.bijeen.registration.Attendance;
import nl.bijeen.registration.RegistrationSeeds;
import nl.bijeen.registration.RegistrationSeeds.Seed;
import nl.bijeen.registration.RegistrationSeeds.Status;

import org.springframework.stereotype.Component;

/**
 * The past editions' registrations and attendance, so that their dashboards, certificates and PE-online lists have
 * something to show: registrations spread over the eight weeks before each event (a burst when registration opened,
 * a rise in the last weeks), a few cancellations, most participants with a place checked in at the door (the rest
 * are no-shows), at the conference also at their workshop, and register numbers (Registerplein, SKJ) for about a
 * third of the accredited events' participants. Fixed random seeds: every demo start gives the same figures.
 * <p>
 * Presence lists for the registers are kept longer than the platform's default: the lead organisations of the past
 * editions keep personal data 120 months after an event, so the retention job leaves the past editions' names and
 * numbers in place.
 */
@Component
class DemoAttendance {

	private static final String[] FIRST = { "Anna", "Bram", "Chantal", "Daan", "Esra", "Floor", "Gijs", "Hanna", "Ivo",
			"Jamila", "Kees", "Lotte", "Mohamed", "Nina", "Olaf", "Priya", "Quinten", "Roos", "Sem", "Tess", "Umar",
			"Vera", "Wout", "Yara", "Zoë", "Lars", "Fatima", "Ruben", "Ilse", "Thijs" };

	private static final String[] LAST = { "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder",
			"de Boer", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
			"Yilmaz", "El Amrani", "Koster", "Prins", "Huisman", "Kok", "van Dam", "Postma" };

	private static final String[] ORGANISATIONS = { "Gemeente Utrecht", "Gemeente Zwolle", "Wijkteam Noord",
			"Sociaal Werk Nederland", "GGD Hollands Midden", "Gemeente Almere", "Welzijn Lokaal", "Hogeschool Utrecht" };

	private final EventCatalog events;

	private final ProgrammeRows programme;

	private final RegistrationSeeds registrations;

	private final AttendanceSeeds attendance;

	private final OrganisationFaces faces;

	DemoAttendance(EventCatalog events, ProgrammeRows programme, RegistrationSeeds registrations,
			AttendanceSeeds attendance, OrganisationFaces faces) {
		this.events = events;
		this.programme = programme;
		this.registrations = registrations;
		this.attendance = attendance;
		this.faces = faces;
	}

	/** Adds the past editions' registrations and check-ins; returns how many registrations. */
	int create(DemoDirectory.Directory directory) {
		for (String organisation : List.of("movisie", "werkplaatsen-sociaal-domein")) {
			long id = directory.organisation(organisation);
			OrganisationFace face = this.faces.face(id);
			this.faces.update(id, new OrganisationFace(face.accentColour(), face.contactEmail(), face.contactPhone(),
					120, face.hasLogo()));
		}
		int n = 0;
		Event conference = edition("empowerment-naar-een-sterke-sociale-basis-" + DemoEvents.CONFERENCE_2017.getYear());
		if (conference != null) {
			Map<String, Integer> points = new LinkedHashMap<>();
			points.put("REGISTERPLEIN", null);
			points.put("SKJ", 3);
			this.registrations.accredit(conference.getId(), 4, points);
			n += edition(conference, 156, 0.88, List.of("REGISTERPLEIN", "SKJ"), true, 2017);
		}
		Event debate = edition("de-sociale-idealen-van-gemeenten-" + DemoEvents.DEBATE_2018.getYear());
		if (debate != null) {
			this.registrations.accredit(debate.getId(), 2, Map.of("REGISTERPLEIN", 2));
			n += edition(debate, 214, 0.84, List.of("REGISTERPLEIN"), false, 2018);
		}
		Event online = edition(DemoInsights.ONLINE_MEETING);
		if (online != null) {
			n += edition(online, 131, 0.76, List.of(), false, 2020);
		}
		return n;
	}

	private Event edition(String slug) {
		return this.events.eventWithSlug(slug).orElse(null);
	}

	/**
	 * Registers {@code count} people for a past event and checks in about {@code presentShare} of those with a
	 * place; at workshops too when {@code workshopCheckIn}. About a third of those
	 * with a place get a number in one of the {@code registers}.
	 */
	private int edition(Event event, int count, double presentShare, List<String> registers, boolean workshopCheckIn,
			long seed) {
		Random random = new Random(seed);
		Attendance mode = event.getAttendanceMode() == nl.bijeen.events.AttendanceMode.ONLINE ? Attendance.ONLINE
				: Attendance.VENUE;
		Integer capacity = mode == Attendance.ONLINE
				? (event.getCapacityOnline() != null ? event.getCapacityOnline() : event.getCapacity())
				: event.getCapacity();
		List<Session> sessions = this.programme.sessionsOf(event.getId());
		Map<Long, Integer> taken = new LinkedHashMap<>();
		LocalDateTime start = event.getStartsAt();
		List<LocalDateTime> times = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			// a third in the first week after registration opened, the rest rising towards the event
			int daysBefore = random.nextDouble() < 0.33 ? 50 + random.nextInt(7)
					: 1 + (int) (49 * Math.pow(random.nextDouble(), 1.4));
			times.add(start.toLocalDate().minusDays(daysBefore).atTime(8 + random.nextInt(13), random.nextInt(60)));
		}
		times.sort(Comparator.naturalOrder());
		List<Seed> seeds = new ArrayList<>();
		int confirmed = 0;
		for (int i = 0; i < count; i++) {
			LocalDateTime at = times.get(i);
			String first = FIRST[random.nextInt(FIRST.length)];
			String last = LAST[random.nextInt(LAST.length)];
			String email = (first + "." + last).toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace("ë", "e")
					+ "." + (i + 1) + "@example.org";
			boolean full = capacity != null && confirmed >= capacity;
			Status status = full ? Status.WAITLISTED : random.nextDouble() < 0.07 ? Status.CANCELLED : Status.CONFIRMED;
			LocalDateTime cancelledAt = status == Status.CANCELLED
					? min(at.plusDays(1 + random.nextInt(20)), start.minusHours(3)) : null;
			Long partId = null;
			Long sessionId = null;
			boolean sessionWaitlisted = false;
			if (!sessions.isEmpty() && status != Status.CANCELLED) {
				// the first workshops are the popular ones
				Session pick = sessions.get(Math.min(sessions.size() - 1,
						(int) (sessions.size() * Math.pow(random.nextDouble(), 1.3))));
				int inSession = taken.getOrDefault(pick.id(), 0);
				if (pick.capacity() != null && inSession >= pick.capacity()) {
					Session other = sessions.stream()
						.filter(s -> s.capacity() == null || taken.getOrDefault(s.id(), 0) < s.capacity())
						.findFirst()
						.orElse(null);
					if (other == null || random.nextDouble() < 0.3) {
						sessionWaitlisted = true; // waits for the workshop of their choice
					}
					else {
						pick = other;
					}
				}
				partId = pick.partId();
				sessionId = pick.id();
				if (status == Status.CONFIRMED && !sessionWaitlisted) {
					taken.merge(pick.id(), 1, Integer::sum);
				}
			}
			String register = null;
			String number = null;
			if (!registers.isEmpty() && status == Status.CONFIRMED && random.nextDouble() < 0.35) {
				boolean skj = registers.contains("SKJ") && random.nextDouble() < 0.35;
				register = skj ? "SKJ" : "REGISTERPLEIN";
				number = skj ? "11" + (1000000 + random.nextInt(8999999)) : String.valueOf(10000000 + random.nextInt(89999999));
			}
			if (status == Status.CONFIRMED) {
				confirmed++;
			}
			seeds.add(new Seed(first + " " + last, email, ORGANISATIONS[random.nextInt(ORGANISATIONS.length)],
					random.nextBoolean() ? "Beleidsadviseur" : "Sociaal werker", mode, status, at, cancelledAt, partId,
					sessionId, sessionWaitlisted, register, number));
		}
		List<Long> ids = this.registrations.add(event.getId(), seeds);
		for (int i = 0; i < seeds.size(); i++) {
			Seed s = seeds.get(i);
			if (s.status() != Status.CONFIRMED || random.nextDouble() >= presentShare) {
				continue;
			}
			LocalDateTime arrived = start.minusMinutes(30).plusMinutes(random.nextInt(50));
			this.attendance.checkIn(event.getId(), ids.get(i), arrived);
			if (workshopCheckIn && s.sessionId() != null && !s.sessionWaitlisted() && random.nextDouble() < 0.93) {
				LocalDateTime round = this.programme.part(s.partId()).map(p -> p.startsAt()).orElse(start);
				this.attendance.checkInToSession(event.getId(), s.sessionId(), ids.get(i),
						round.minusMinutes(10).plusMinutes(random.nextInt(15)));
			}
		}
		return seeds.size();
	}

	private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}

}
