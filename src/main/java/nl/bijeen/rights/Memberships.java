package nl.bijeen.rights;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives accounts their organisation, role and events. Every change publishes {@link AccountRightsChanged}, so
 * the account's sessions end at once.
 */
@Service
public class Memberships {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Memberships(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * An account's organisation, role and grants; empty when it has none.
	 */
	@Transactional(readOnly = true)
	public Optional<Membership> of(long accountId) {
		return this.jdbc.sql("select organisation_id, role from account_membership where account_id = :id")
			.param("id", accountId)
			.query((rs, n) -> new Membership(accountId, (Long) rs.getObject(1, Long.class),
					Role.valueOf(rs.getString(2)), grants(accountId)))
			.optional();
	}

	/**
	 * The memberships of an organisation's accounts; of every account with one when {@code organisationId} is null.
	 */
	@Transactional(readOnly = true)
	public List<Membership> inOrganisation(Long organisationId) {
		return this.jdbc
			.sql("select account_id, organisation_id, role from account_membership"
					+ (organisationId == null ? "" : " where organisation_id = :org") + " order by account_id")
			.params(organisationId == null ? Map.of() : Map.of("org", organisationId))
			.query((rs, n) -> new Membership(rs.getLong(1), (Long) rs.getObject(2, Long.class),
					Role.valueOf(rs.getString(3)), List.of()))
			.list()
			.stream()
			.map(m -> new Membership(m.accountId(), m.organisationId(), m.role(), grants(m.accountId())))
			.toList();
	}

	private List<Membership.Grant> grants(long accountId) {
		return this.jdbc.sql("select event_id, role from event_grant where account_id = :id order by event_id, role")
			.param("id", accountId)
			.query((rs, n) -> new Membership.Grant(rs.getLong(1), Role.valueOf(rs.getString(2))))
			.list();
	}

	/**
	 * Places an account in an organisation with a role. Grants that do not fit the new role are withdrawn.
	 */
	@Transactional
	public void assign(long accountId, Long organisationId, Role role) {
		if ((organisationId == null) != (role == Role.PLATFORM_ADMIN)) {
			throw new IllegalArgumentException("Platform administrators belong to no organisation, all others to one");
		}
		int updated = this.jdbc
			.sql("update account_membership set organisation_id = :org, role = :role where account_id = :id")
			.param("org", organisationId)
			.param("role", role.name())
			.param("id", accountId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into account_membership (account_id, organisation_id, role) values (:id, :org, :role)")
				.param("id", accountId)
				.param("org", organisationId)
				.param("role", role.name())
				.update();
		}
		this.jdbc.sql("delete from event_grant where account_id = :id and role <> :role")
			.param("id", accountId)
			.param("role", role.name())
			.update();
		changed(accountId);
	}

	/**
	 * Gives an event manager an event, or a check-in volunteer the one event they check in at (replacing the one
	 * they had).
	 */
	@Transactional
	public void grant(long accountId, long eventId, Role role) {
		Membership membership = of(accountId).orElseThrow(() -> new IllegalArgumentException("No role yet"));
		if (!role.perEvent() || membership.role() != role) {
			throw new IllegalArgumentException(role + " cannot be given to a " + membership.role());
		}
		if (role == Role.CHECK_IN_VOLUNTEER) {
			this.jdbc.sql("delete from event_grant where account_id = :id and role = :role")
				.param("id", accountId)
				.param("role", role.name())
				.update();
		}
		boolean exists = this.jdbc
			.sql("select count(*) from event_grant where account_id = :id and event_id = :event and role = :role")
			.param("id", accountId)
			.param("event", eventId)
			.param("role", role.name())
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			this.jdbc.sql("""
					insert into event_grant (account_id, event_id, role, created_at) values (:id, :event, :role, :at)""")
				.param("id", accountId)
				.param("event", eventId)
				.param("role", role.name())
				.param("at", LocalDateTime.now())
				.update();
		}
		changed(accountId);
	}

	/**
	 * Takes an event away from an account.
	 */
	@Transactional
	public void revoke(long accountId, long eventId, Role role) {
		this.jdbc.sql("delete from event_grant where account_id = :id and event_id = :event and role = :role")
			.param("id", accountId)
			.param("event", eventId)
			.param("role", role.name())
			.update();
		changed(accountId);
	}

	/**
	 * Tells that an account was disabled or enabled (by the accounts module), so its sessions end.
	 */
	@Transactional
	public void disabledOrEnabled(long accountId) {
		changed(accountId);
	}

	private void changed(long accountId) {
		this.events.publishEvent(new AccountRightsChanged(accountId));
	}

}
