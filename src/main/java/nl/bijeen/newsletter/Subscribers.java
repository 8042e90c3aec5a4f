package nl.bijeen.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The subscribers and their themes. Addresses are stored in lower case; no themes chosen means every theme.
 */
@Repository
class Subscribers {

	/** A confirmed subscriber who wants the edition {@code :edition}: no themes chosen, or one of its themes. */
	static final String RECIPIENT = """
			s.confirmed_at is not null and (
			    not exists (select 1 from newsletter_edition_theme et where et.edition_id = :edition)
			    or not exists (select 1 from newsletter_subscriber_theme st where st.subscriber_id = s.id)
			    or exists (select 1 from newsletter_subscriber_theme st join newsletter_edition_theme et
			               on et.theme_id = st.theme_id and et.edition_id = :edition where st.subscriber_id = s.id))""";

	private final JdbcClient jdbc;

	Subscribers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds an unconfirmed subscriber; false when the address is there already (nothing changes). */
	boolean add(String email, String name, String locale, String source, Instant now) {
		return this.jdbc.sql("""
				insert into newsletter_subscriber (email, name, locale, source, created_at)
				values (:email, :name, :locale, :source, :now) on conflict do nothing""")
			.param("email", email)
			.param("name", name)
			.param("locale", locale)
			.param("source", source)
			.param("now", at(now))
			.update() == 1;
	}

	Optional<Subscriber> byEmail(String email) {
		return this.jdbc.sql("select * from newsletter_subscriber where email = :email")
			.param("email", email)
			.query(Subscribers::subscriber)
			.optional();
	}

	Optional<Subscriber> byId(long id) {
		return this.jdbc.sql("select * from newsletter_subscriber where id = :id")
			.param("id", id)
			.query(Subscribers::subscriber)
			.optional();
	}

	/**
	 * Claims the right to mail this subscriber a confirmation now: true at most once per interval, whatever the
	 * number of instances and sign-ups at the same moment (a conditional update).
	 */
	boolean claimConfirmationMail(long id, Instant now, Instant notSince) {
		return this.jdbc.sql("""
				update newsletter_subscriber set confirmation_sent_at = :now
				where id = :id and (confirmation_sent_at is null or confirmation_sent_at < :notSince)""")
			.param("now", at(now))
			.param("notSince", at(notSince))
			.param("id", id)
			.update() == 1;
	}

	/** Confirms; false when it was confirmed already. */
	boolean confirm(long id, Instant now) {
		return this.jdbc.sql("update newsletter_subscriber set confirmed_at = :now where id = :id and confirmed_at is null")
			.param("now", at(now))
			.param("id", id)
			.update() == 1;
	}

	Set<Long> themes(long id) {
		return Set.copyOf(this.jdbc.sql("select theme_id from newsletter_subscriber_theme where subscriber_id = :id")
			.param("id", id)
			.query(Long.class)
			.list());
	}

	void setThemes(long id, Collection<Long> themes) {
		this.jdbc.sql("delete from newsletter_subscriber_theme where subscriber_id = :id").param("id", id).update();
		for (Long theme : Set.copyOf(themes)) {
			this.jdbc.sql("insert into newsletter_subscriber_theme (subscriber_id, theme_id) "
					+ "select :id, id from theme where id = :theme")
				.param("id", id)
				.param("theme", theme)
				.update();
		}
	}

	/** Deletes the subscriber with its themes and links. */
	boolean delete(long id) {
		return this.jdbc.sql("delete from newsletter_subscriber where id = :id").param("id", id).update() == 1;
	}

	int deleteByEmail(String email) {
		return this.jdbc.sql("delete from newsletter_subscriber where email = :email").param("email", email).update();
	}

	int deleteUnconfirmedBefore(Instant before) {
		return this.jdbc.sql("delete from newsletter_subscriber where confirmed_at is null and created_at < :before")
			.param("before", at(before))
			.update();
	}

	/** The next recipients of an edition after subscriber {@code afterId}, in id order (keyset paging). */
	List<Subscriber> recipients(long editionId, long afterId, int limit) {
		return this.jdbc.sql("select s.* from newsletter_subscriber s where s.id > :after and " + RECIPIENT
				+ " order by s.id limit :limit")
			.param("edition", editionId)
			.param("after", afterId)
			.param("limit", limit)
			.query(Subscribers::subscriber)
			.list();
	}

	long countRecipients(long editionId) {
		return this.jdbc.sql("select count(*) from newsletter_subscriber s where " + RECIPIENT)
			.param("edition", editionId)
			.query(Long.class)
			.single();
	}

	long countConfirmed() {
		return this.jdbc.sql("select count(*) from newsletter_subscriber where confirmed_at is not null")
			.query(Long.class)
			.single();
	}

	/** Each confirmed subscriber with their theme names, streamed in id order (never the whole list in memory). */
	void eachConfirmed(Consumer<ExportRow> row) {
		long after = 0;
		List<ExportRow> page;
		do {
			page = this.jdbc.sql("""
					select s.id, s.email, s.name, s.locale, s.confirmed_at,
					    (select string_agg(t.name, '; ' order by t.name) from newsletter_subscriber_theme st
					     join theme t on t.id = st.theme_id where st.subscriber_id = s.id) as themes
					from newsletter_subscriber s where s.confirmed_at is not null and s.id > :after
					order by s.id limit 1000""")
				.param("after", after)
				.query((rs, n) -> new ExportRow(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
						rs.getString("locale"), instant(rs, "confirmed_at"), rs.getString("themes")))
				.list();
			page.forEach(row);
			after = page.isEmpty() ? after : page.get(page.size() - 1).id();
		}
		while (page.size() == 1000);
	}

	/** A row of the subscriber export. */
	record ExportRow(long id, String email, String name, String locale, Instant confirmedAt, String themes) {
	}

	static OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static Subscriber subscriber(ResultSet rs, int row) throws SQLException {
		return new Subscriber(rs.getLong("id"), rs.getString("email"), rs.getString("name"), rs.getString("locale"),
				instant(rs, "created_at"), instant(rs, "confirmed_at"));
	}

}
