package nl.bijeen.audit;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import nl.bijeen.accounts.AccountSeeds;
import nl.bijeen.events.EventSeeds;
import nl.bijeen.people.PeopleSeeds;
import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationIntegrationTest;
import nl.bijeen.rights.Memberships;
import nl.bijeen.rights.RightsFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit log: entries with who and which event, shown and exported (read back with a CSV parser) to
 * administrators, and removed after the retention period (365 days by default). On H2 and PostgreSQL.
 */
abstract class AuditLogContract extends RegistrationIntegrationTest {

	@Autowired
	AuditLog log;

	@Autowired
	AuditRetention retention;

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(username = "auditor", roles = "ADMIN")
	void recordsWhoSawWhichEventShowsAndExportsItAndForgetsItAfterTheRetentionPeriod() throws Exception {
		long event = System.nanoTime() % 1_000_000_000L;
		LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		this.log.record(AuditAction.PARTICIPANTS_VIEWED, event, null, null);
		this.log.recordFor("old-auditor", null, "10.0.0.1", AuditAction.PARTICIPANTS_EXPORTED, event, null, "=csv",
				now.minusDays(400));

		String page = this.mvc.perform(get("/admin/audit").param("event", Long.toString(event))
			.header("Accept-Language", "nl")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("auditor").contains("Deelnemers bekeken").contains("old-auditor");

		String csv = this.mvc.perform(get("/admin/audit.csv").param("event", Long.toString(event)))
			.andReturn().getResponse().getContentAsString();
		var records = CSVParser.parse(csv, CSVFormat.DEFAULT).getRecords();
		assertThat(records).hasSize(3);
		// Newest recorded first: the back-dated entry was recorded last.
		assertThat(records.get(1).get(1)).isEqualTo("old-auditor");
		assertThat(records.get(1).get(5)).isEqualTo("'=csv");
		assertThat(records.get(2).get(1)).isEqualTo("auditor");
		assertThat(records.get(2).get(2)).isEqualTo("PARTICIPANTS_VIEWED");
		assertThat(records.get(2).get(3)).isEqualTo(Long.toString(event));

		assertThat(this.retention.purge(now)).isGreaterThanOrEqualTo(1);
		assertThat(asAdministrator(() -> this.log.page(event, null, null, 10))).extracting(AuditEntry::actor).containsExactly("auditor");
		// A second instance running the same purge finds nothing left to remove.
		assertThat(this.retention.purge(now)).isZero();
	}

	@Test
	@WithMockUser(username = "list-viewer", roles = "ADMIN")
	void theParticipantListItsExportAndTheApiListingAreRecorded(@Autowired RegistrationFixtures fixtures)
			throws Exception {
		long event = fixtures.conference(10, 5).event().getId();
		this.mvc.perform(get("/admin/events/" + event + "/registrations"));
		this.mvc.perform(get("/admin/events/" + event + "/registrations.csv"));
		this.mvc.perform(get("/admin/events/" + event + "/approvals"));
		assertThat(asAdministrator(() -> this.log.page(event, null, null, 10))).extracting(AuditEntry::action, AuditEntry::actor)
			.containsExactly(tuple(AuditAction.PARTICIPANTS_VIEWED, "list-viewer"),
					tuple(AuditAction.PARTICIPANTS_EXPORTED, "list-viewer"),
					tuple(AuditAction.PARTICIPANTS_VIEWED, "list-viewer"));
	}

	@Test
	void anOrganisationsAdministratorReadsWhatItsAccountsDidAndWhatWasDoneWithItsEvents(@Autowired PeopleSeeds people,
			@Autowired EventSeeds events, @Autowired AccountSeeds accounts, @Autowired Memberships memberships)
			throws Exception {
		RightsFixture f = RightsFixture.create(people, events, accounts, memberships);
		try {
			as(f.adminB().username());
			this.log.record(AuditAction.PARTICIPANTS_VIEWED, f.eventB(), null, "b-own");
			this.log.record(AuditAction.PARTICIPANTS_EXPORTED, f.eventCoOrganised(), null, "b-shared");
			as(f.adminA().username());
			this.log.record(AuditAction.PARTICIPANTS_VIEWED, f.eventA(), null, "a-own");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		this.log.recordFor(f.managerA().username(), f.managerA().accountId(), "10.0.0.2", AuditAction.SIGN_IN, null,
				null, "a-sign-in", null);
		this.log.recordFor(f.adminB().username(), f.adminB().accountId(), "10.0.0.3", AuditAction.SIGN_IN, null,
				null, "b-sign-in", null);

		String csv = this.mvc.perform(get("/admin/audit.csv").with(user(f.adminA().username()).roles("ORGANISER")))
			.andReturn().getResponse().getContentAsString();
		var details = CSVParser.parse(csv, CSVFormat.DEFAULT).getRecords().stream().map(r -> r.get(5)).toList();
		assertThat(details).contains("a-own", "b-shared", "a-sign-in").doesNotContain("b-own", "b-sign-in");
		String page = this.mvc.perform(get("/admin/audit").with(user(f.adminB().username()).roles("ORGANISER")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(f.adminB().username()).doesNotContain(f.managerA().username());
		// An event manager is no administrator: the log does not exist for them.
		assertThat(this.mvc.perform(get("/admin/audit").with(user(f.managerA().username()).roles("ORGANISER")))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	/** Reads as a platform administrator (MockMvc's security filters clear the test's own context). */
	private static <T> T asAdministrator(java.util.function.Supplier<T> read) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("auditor", null,
					AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
		try {
			return read.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void as(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					AuthorityUtils.createAuthorityList("ROLE_ORGANISER")));
	}

	@Test
	@WithMockUser(username = "organiser", roles = "ORGANISER")
	void organisersWithoutAdministratorRightsDoNotSeeTheLog() throws Exception {
		// Without the right the log does not exist for them (rights module: 404, no existence leak).
		assertThat(this.mvc.perform(get("/admin/audit")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

}
