package nl.bijeen.registration;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.programme.ProgrammeSeeds;
import nl.bijeen.registration.RegistrationFixtures.Conference;
import nl.bijeen.registration.internal.Applicant;
import nl.bijeen.registration.internal.Approvals;
import nl.bijeen.registration.internal.Cancellations;
import nl.bijeen.registration.internal.OfferExpiry;
import nl.bijeen.registration.internal.RegistrationProperties;
import nl.bijeen.registration.internal.RegistrationRejected;
import nl.bijeen.registration.internal.RegistrationRequest;
import nl.bijeen.registration.internal.RegistrationResult;
import nl.bijeen.registration.internal.RegistrationService;
import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;
import nl.bijeen.registration.internal.RegistrationStatus;
import nl.bijeen.registration.internal.Registrations;
import nl.bijeen.registration.internal.SessionPick;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of registering: second choices, waiting lists switched off, approval, offers, hybrid places.
 * On H2 ({@link RegistrationRulesH2Tests}) and PostgreSQL ({@link RegistrationRulesPostgresTests}).
 */
@DataJdbcTest(properties = { "spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.idle-timeout=10000" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@ComponentScan(basePackages = { "nl.bijeen.registration.internal", "nl.bijeen.common" })
@Import({ nl.bijeen.mail.MailRecords.class, RegistrationFixtures.class, Availability.class, nl.bijeen.events.EventCatalog.class,
		nl.bijeen.programme.ProgrammeRows.class, nl.bijeen.registration.AccreditationRegisters.class, RegistrationConcurrencyContract.Promotions.class })
@EnableConfigurationProperties(RegistrationProperties.class)
abstract class RegistrationRulesContract {

	@Autowired
	RegistrationService registrations;

	@Autowired
	Registrations rows;

	@Autowired
	Cancellations cancellations;

	@Autowired
	Approvals approvals;

	@Autowired
	OfferExpiry offerExpiry;

	@Autowired
	RegistrationSettingsRepository settings;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	nl.bijeen.registration.internal.PersonalRegistrations personal;

	@Autowired
	Availability availability;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventCatalog eventCatalog;

	@Autowired
	EventSeeds eventSeeds;

	@Autowired
	ProgrammeSeeds programmeSeeds;

	@Test
	void aFullFirstChoiceFallsBackToTheSecondAndBothFullMeansWaitingForTheFirst() {
		Conference c = this.fixtures.conference(null, 1, 1);
		settings(c, true, true, false, null);
		register(c, "a@example.org", c.session(0), c.session(1));
		RegistrationResult second = register(c, "b@example.org", c.session(0), c.session(1));
		RegistrationResult third = register(c, "c@example.org", c.session(0), c.session(1));
		assertThat(choice(second)).isEqualTo(c.session(1) + ":CONFIRMED:2");
		assertThat(choice(third)).isEqualTo(c.session(0) + ":WAITLISTED:1");
		// The first one leaves: the person waiting for workshop A moves in.
		cancel(register(c, "a@example.org", c.session(0), null));
		assertThat(choice(third)).isEqualTo(c.session(0) + ":CONFIRMED:1");
	}

	@Test
	void withoutWaitingListAFullSessionOrEventIsAClearRefusalAndNothingIsStored() {
		Conference c = this.fixtures.conference(2, 1);
		settings(c, false, false, false, null);
		register(c, "a@example.org", c.session(0), null);
		assertThatThrownBy(() -> register(c, "b@example.org", c.session(0), null))
			.isInstanceOfSatisfying(RegistrationRejected.class, ex -> assertThat(ex.problems())
				.anySatisfy(p -> assertThat(p.code()).isEqualTo("registration.error.sessionFull")));
		Conference d = this.fixtures.conference(1);
		settings(d, false, false, false, null);
		register(d, "a@example.org", null, null);
		assertThatThrownBy(() -> register(d, "b@example.org", null, null)).isInstanceOf(RegistrationRejected.class);
		assertThat(count(c)).isEqualTo(1);
		assertThat(this.availability.of(c.event().getId()).places(Attendance.VENUE).taken()).isEqualTo(1);
	}

	@Test
	void awaitingApprovalHoldsThePlace() {
		Conference c = this.fixtures.conference(1);
		settings(c, true, false, true, null);
		RegistrationResult pending = register(c, "a@example.org", null, null);
		RegistrationResult waiting = register(c, "b@example.org", null, null);
		assertThat(pending.status()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
		assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
		this.approvals.approve(pending.registrationId());
		assertThat(status(pending)).isEqualTo(RegistrationStatus.CONFIRMED);
		this.cancellations.end(pending.registrationId(), null, RegistrationStatus.CANCELLED,
				RegistrationCancelled.Reason.BY_PARTICIPANT);
		assertThat(status(waiting)).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
		this.approvals.reject(waiting.registrationId());
		assertThat(status(waiting)).isEqualTo(RegistrationStatus.REJECTED);
		assertThat(this.availability.of(c.event().getId()).places(Attendance.VENUE).taken()).isZero();
	}

	@Test
	void anOfferNotAcceptedInTimeGoesToTheNextPerson() {
		Conference c = this.fixtures.conference(1);
		settings(c, true, false, false, 24);
		RegistrationResult first = register(c, "a@example.org", null, null);
		RegistrationResult second = register(c, "b@example.org", null, null);
		RegistrationResult third = register(c, "c@example.org", null, null);
		cancel(first);
		assertThat(status(second)).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(this.offerExpiry.expire()).isZero();
		this.jdbc.sql("update registration set offer_expires_at = ? where id = ?")
			.params(java.time.LocalDateTime.now().minusMinutes(1), second.registrationId())
			.update();
		assertThatThrownBy(() -> this.approvals.acceptOffer(second.registrationId(), null))
			.isInstanceOf(nl.bijeen.common.ConflictException.class);
		assertThat(this.offerExpiry.expire()).isEqualTo(1);
		assertThat(status(second)).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(status(third)).isEqualTo(RegistrationStatus.OFFERED);
		this.approvals.acceptOffer(third.registrationId(), null);
		assertThat(status(third)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(this.availability.of(c.event().getId()).places(Attendance.VENUE).taken()).isEqualTo(1);
	}

	@Test
	void aRaisedCapacityGoesToThePeopleWaitingBeforeAnyNewcomer() {
		Conference c = this.fixtures.conference(1, 1);
		RegistrationResult first = register(c, "a@example.org", c.session(0), null);
		RegistrationResult waiting = register(c, "b@example.org", c.session(0), null);
		assertThat(status(waiting)).isEqualTo(RegistrationStatus.WAITLISTED);
		nl.bijeen.events.Event event = this.eventCatalog.event(c.event().getId()).orElseThrow();
		event.setCapacity(3);
		this.eventSeeds.save(event);
		nl.bijeen.programme.Session workshop = c.sessions().get(0);
		this.programmeSeeds.save(new nl.bijeen.programme.Session(workshop.id(), workshop.partId(), workshop.eventId(),
				workshop.position(), workshop.title(), workshop.description(), workshop.room(),
				workshop.onlineBreakout(), 3, workshop.version()));
		// The raised places went to the person waiting when the change was saved, before anyone else came.
		assertThat(status(waiting)).isEqualTo(RegistrationStatus.CONFIRMED);
		RegistrationResult newcomer = register(c, "c@example.org", c.session(0), null);
		assertThat(status(waiting)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(choice(waiting)).isEqualTo(c.session(0) + ":CONFIRMED:1");
		assertThat(newcomer.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(status(first)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(this.availability.of(c.event().getId()).places(Attendance.VENUE).left()).isZero();
	}

	@Test
	void theMeetingLinkShowsOnlyShortlyBeforeTheStartForOnlineParticipants() {
		Conference c = this.fixtures.conferenceWith(AttendanceMode.HYBRID, 10, 10);
		RegistrationResult online = register(c, "online@example.org", Attendance.ONLINE);
		RegistrationResult onSite = register(c, "zaal@example.org", Attendance.VENUE);
		assertThat(this.personal.view(online.registrationId()).meetingLink()).isNull();
		java.time.LocalDateTime soon = java.time.LocalDateTime.now(nl.bijeen.common.Zones.AMSTERDAM).plusMinutes(30);
		this.jdbc.sql("update event set starts_at = ?, ends_at = ? where id = ?")
			.params(soon, soon.plusHours(2), c.event().getId())
			.update();
		assertThat(this.personal.view(online.registrationId()).meetingLink()).isEqualTo(c.event().getOnlineUrl());
		assertThat(this.personal.view(onSite.registrationId()).meetingLink()).isNull();
	}

	@Test
	void aHybridEventHasItsOwnPlacesOnSiteAndOnline() {
		Conference c = this.fixtures.conferenceWith(AttendanceMode.HYBRID, 1, 1);
		assertThat(register(c, "a@example.org", Attendance.VENUE).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(register(c, "b@example.org", Attendance.ONLINE).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(register(c, "c@example.org", Attendance.ONLINE).status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThatThrownBy(() -> register(c, "d@example.org", (Attendance) null)).isInstanceOf(RegistrationRejected.class);
		EventAvailability places = this.availability.of(c.event().getId());
		assertThat(places.places(Attendance.VENUE).full()).isTrue();
		assertThat(places.places(Attendance.ONLINE).full()).isTrue();
	}

	private RegistrationResult register(Conference c, String email, Long first, Long second) {
		return this.registrations.register(RegistrationFixtures.request(c, email, first, second, null));
	}

	private RegistrationResult register(Conference c, String email, Attendance attendance) {
		Applicant applicant = new Applicant("Deelnemer", email, null, null, Locale.ENGLISH, attendance, false, null, null);
		return this.registrations.register(new RegistrationRequest(c.event().getId(), applicant, true,
				Map.<Long, SessionPick>of(), Map.<Long, List<String>>of(), null));
	}

	private void cancel(RegistrationResult result) {
		this.cancellations.end(result.registrationId(), null, RegistrationStatus.CANCELLED,
				RegistrationCancelled.Reason.BY_PARTICIPANT);
	}

	private void settings(Conference c, boolean waitingList, boolean secondChoice, boolean approval, Integer offerHours) {
		this.settings.save(new RegistrationSettings(c.event().getId(), waitingList, secondChoice, approval, offerHours,
				false, null, null, 2, 60, null));
	}

	private RegistrationStatus status(RegistrationResult result) {
		return this.rows.findById(result.registrationId()).orElseThrow().status();
	}

	private String choice(RegistrationResult result) {
		return this.jdbc.sql("select session_id || ':' || status || ':' || preference from registration_choice "
				+ "where registration_id = ?").param(result.registrationId()).query(String.class).single();
	}

	private int count(Conference c) {
		return this.jdbc.sql("select count(*) from registration where event_id = ?").param(c.event().getId())
			.query(Integer.class).single();
	}

}
