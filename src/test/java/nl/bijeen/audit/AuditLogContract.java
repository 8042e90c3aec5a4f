package nl.bijeen.audit;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import nl.bijeen.registration.RegistrationFixtures;
import nl.bijeen.registration.RegistrationIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
		this.log.recordFor("old-auditor", "10.0.0.1", AuditAction.PARTICIPANTS_EXPORTED, event, null, "=csv",
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
		assertThat(this.log.page(event, null, null, 10)).extracting(AuditEntry::actor).containsExactly("auditor");
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
		assertThat(this.log.page(event, null, null, 10)).extracting(AuditEntry::action, AuditEntry::actor)
			.containsExactly(tuple(AuditAction.PARTICIPANTS_VIEWED, "list-viewer"),
					tuple(AuditAction.PARTICIPANTS_EXPORTED, "list-viewer"),
					tuple(AuditAction.PARTICIPANTS_VIEWED, "list-viewer"));
	}

	@Test
	@WithMockUser(username = "organiser", roles = "ORGANISER")
	void organisersWithoutAdministratorRightsDoNotSeeTheLog() throws Exception {
		// Without the right the log does not exist for them (rights module: 404, no existence leak).
		assertThat(this.mvc.perform(get("/admin/audit")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

}
