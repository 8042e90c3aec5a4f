package nl.bijeen.rights;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The few facts the rules need, read with SQL: an account's role, organisation and grants, who organises an
 * event, when it takes place, a person's and a venue's organisation, an article's organisations. Reading them here instead of asking the modules that own
 * them keeps this module below all others (every module asks it; it asks none).
 */
@Component
class RightsQueries {

	private final JdbcClient jdbc;

	RightsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record AccountRow(long id, String accountRole, boolean enabled, Long organisationId, String memberRole) {
	}

	Optional<AccountRow> accountByUsername(String username) {
		return this.jdbc.sql("""
				select a.id, a.role as account_role, a.enabled, m.organisation_id, m.role as member_role
				from account a left join account_membership m on m.account_id = a.id where a.username = :username""")
			.param("username", username)
			.query(AccountRow.class)
			.optional();
	}

	Optional<AccountRow> accountById(long id) {
		return this.jdbc.sql("""
				select a.id, a.role as account_role, a.enabled, m.organisation_id, m.role as member_role
				from account a left join account_membership m on m.account_id = a.id where a.id = :id""")
			.param("id", id)
			.query(AccountRow.class)
			.optional();
	}

	Map<Long, Set<Role>> grants(long accountId) {
		Map<Long, Set<Role>> grants = new HashMap<>();
		this.jdbc.sql("select event_id, role from event_grant where account_id = :id")
			.param("id", accountId)
			.query((rs, n) -> grants.computeIfAbsent(rs.getLong(1), e -> EnumSet.noneOf(Role.class))
				.add(Role.valueOf(rs.getString(2))))
			.list();
		return grants;
	}

	List<Long> organisersOf(long eventId) {
		return this.jdbc.sql("select organisation_id from event_organiser where event_id = :id")
			.param("id", eventId)
			.query(Long.class)
			.list();
	}

	Optional<LocalDateTime[]> eventTimes(long eventId) {
		return this.jdbc.sql("select starts_at, ends_at from event where id = :id")
			.param("id", eventId)
			.query((rs, n) -> new LocalDateTime[] { rs.getObject(1, LocalDateTime.class),
					rs.getObject(2, LocalDateTime.class) })
			.optional();
	}

	Optional<Long> organisationOfPerson(long personId) {
		return this.jdbc.sql("select organisation_id from person where id = :id")
			.param("id", personId)
			.query((rs, n) -> (Long) rs.getObject(1, Long.class))
			.optional();
	}

	/** The venue's organisation; empty for a shared venue and for none. */
	Optional<Long> organisationOfVenue(long venueId) {
		return this.jdbc.sql("select organisation_id from venue where id = :id")
			.param("id", venueId)
			.query((rs, n) -> (Long) rs.getObject(1, Long.class))
			.optional();
	}

	/** The organisations an article is linked to. */
	List<Long> organisationsOfArticle(long articleId) {
		return this.jdbc.sql("select organisation_id from article_organisation where article_id = :id")
			.param("id", articleId)
			.query(Long.class)
			.list();
	}

	Optional<Long> organisationOfAccount(long accountId) {
		return this.jdbc.sql("""
				select m.organisation_id from account a join account_membership m on m.account_id = a.id
				where a.id = :id and a.role <> 'ADMIN'""")
			.param("id", accountId)
			.query((rs, n) -> (Long) rs.getObject(1, Long.class))
			.optional();
	}

	List<Long> eventsOf(long organisationId) {
		return this.jdbc.sql("select event_id from event_organiser where organisation_id = :id")
			.param("id", organisationId)
			.query(Long.class)
			.list();
	}

	List<EventRef> events(EventScope scope) {
		List<EventRef> all = this.jdbc.sql("select id, title, starts_at from event order by starts_at desc, id desc")
			.query(EventRef.class)
			.list();
		return scope.filter(all, EventRef::id);
	}

	List<OrganisationRef> organisations() {
		return this.jdbc.sql("select id, name from organisation order by name, id").query(OrganisationRef.class).list();
	}

}
