package nl.bijeen.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import nl.bijeen.rights.OrganisationScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The editions, their items and themes. Sending is a state machine DRAFT, SENDING, SENT of conditional updates.
 */
@Repository
class Editions {

	private final JdbcClient jdbc;

	Editions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(String slug, Long organisationId, String title, String introduction, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into newsletter_edition (slug, organisation_id, title, introduction, created_at, updated_at)
				values (:slug, :organisation, :title, :introduction, :now, :now)""")
			.param("slug", slug)
			.param("organisation", organisationId)
			.param("title", title)
			.param("introduction", introduction)
			.param("now", Subscribers.at(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Changes a draft; false when it is no draft (any more). */
	boolean update(long id, String title, String introduction, Instant now) {
		return this.jdbc.sql("""
				update newsletter_edition set title = :title, introduction = :introduction, updated_at = :now,
				    version = version + 1 where id = :id and status = 'DRAFT'""")
			.param("title", title)
			.param("introduction", introduction)
			.param("now", Subscribers.at(now))
			.param("id", id)
			.update() == 1;
	}

	void setItems(long id, List<EditionItem> items) {
		this.jdbc.sql("delete from newsletter_edition_item where edition_id = :id").param("id", id).update();
		int position = 0;
		for (EditionItem item : items) {
			this.jdbc.sql("""
					insert into newsletter_edition_item (edition_id, position, kind, ref_id, title, summary, path)
					values (:id, :position, :kind, :ref, :title, :summary, :path)""")
				.param("id", id)
				.param("position", position++)
				.param("kind", item.kind())
				.param("ref", item.refId())
				.param("title", item.title())
				.param("summary", item.summary())
				.param("path", item.path())
				.update();
		}
	}

	void setThemes(long id, Collection<Long> themes) {
		this.jdbc.sql("delete from newsletter_edition_theme where edition_id = :id").param("id", id).update();
		for (Long theme : new LinkedHashSet<>(themes)) {
			this.jdbc.sql("insert into newsletter_edition_theme (edition_id, theme_id) select :id, id from theme where id = :theme")
				.param("id", id)
				.param("theme", theme)
				.update();
		}
	}

	Optional<Edition> find(long id) {
		return this.jdbc.sql("select * from newsletter_edition where id = :id").param("id", id).query(this::edition).optional();
	}

	Optional<Edition> bySlug(String slug) {
		return this.jdbc.sql("select * from newsletter_edition where slug = :slug")
			.param("slug", slug)
			.query(this::edition)
			.optional();
	}

	boolean slugTaken(String slug) {
		return this.jdbc.sql("select count(*) from newsletter_edition where slug = :slug")
			.param("slug", slug)
			.query(Integer.class)
			.single() > 0;
	}

	/** The editions in the scope, newest first. */
	List<Edition> visible(OrganisationScope scope) {
		String where = scope.all() ? "1 = 1" : "organisation_id = :organisation";
		return this.jdbc.sql("select * from newsletter_edition where " + where + " order by created_at desc, id desc")
			.param("organisation", scope.organisationId())
			.query(this::edition)
			.list();
	}

	/** The sent editions, newest first. */
	List<Edition> sent(int limit) {
		return this.jdbc.sql("select * from newsletter_edition where status = 'SENT' order by sent_at desc, id desc limit :limit")
			.param("limit", limit)
			.query(this::edition)
			.list();
	}

	/** DRAFT to SENDING, once: false when another request (on any instance) was first. */
	boolean startSending(long id, Instant now) {
		return this.jdbc.sql("""
				update newsletter_edition set status = 'SENDING', send_started_at = :now, cursor_id = 0, queued = 0
				where id = :id and status = 'DRAFT'""")
			.param("now", Subscribers.at(now))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Locks an edition being sent for this transaction, skipping one another instance holds: its id and cursor.
	 */
	Optional<long[]> claimSending() {
		return this.jdbc.sql("""
				select id, cursor_id from newsletter_edition where status = 'SENDING'
				order by send_started_at, id limit 1 for update skip locked""")
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getLong("cursor_id") })
			.optional();
	}

	/** Records a queued batch; the last one also marks the edition SENT. */
	void advance(long id, long cursor, int queued, boolean done, Instant now) {
		this.jdbc.sql("""
				update newsletter_edition set cursor_id = :cursor, queued = queued + :queued,
				    status = case when :done then 'SENT' else status end,
				    sent_at = case when :done then :now else sent_at end
				where id = :id and status = 'SENDING'""")
			.param("cursor", cursor)
			.param("queued", queued)
			.param("done", done)
			.param("now", Subscribers.at(now))
			.param("id", id)
			.update();
	}

	boolean delete(long id) {
		return this.jdbc.sql("delete from newsletter_edition where id = :id and status = 'DRAFT'").param("id", id).update() == 1;
	}

	private Edition edition(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<EditionItem> items = this.jdbc
			.sql("select * from newsletter_edition_item where edition_id = :id order by position")
			.param("id", id)
			.query((r, n) -> new EditionItem(r.getString("kind"), r.getLong("ref_id"), r.getString("title"),
					r.getString("summary"), r.getString("path")))
			.list();
		List<Long> themes = this.jdbc.sql("select theme_id from newsletter_edition_theme where edition_id = :id")
			.param("id", id)
			.query(Long.class)
			.list();
		long organisation = rs.getLong("organisation_id");
		return new Edition(id, rs.getString("slug"), rs.wasNull() ? null : organisation, rs.getString("title"),
				rs.getString("introduction"), rs.getString("status"), Subscribers.instant(rs, "created_at"),
				Subscribers.instant(rs, "sent_at"), rs.getInt("queued"), items, new LinkedHashSet<>(themes));
	}

}
