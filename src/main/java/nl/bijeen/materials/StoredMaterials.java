package nl.bijeen.materials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The materials' rows: descriptions in {@code material}, bytes in {@code material_content}.
 */
@Repository
class StoredMaterials {

	private static final String COLUMNS = "select id, event_id, session_id, article_id, title, file_name, content_type,"
			+ " size_bytes, sha256, registrants_only, created_at from material ";

	private static final String ORDER = " order by session_id nulls first, created_at, id";

	private final JdbcClient jdbc;

	StoredMaterials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(MaterialOwner owner, String title, String fileName, MaterialType type, byte[] content, String sha256,
			boolean registrantsOnly, LocalDateTime now, String createdBy) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into material (event_id, session_id, article_id, title, file_name, content_type,"
				+ " size_bytes, sha256, registrants_only, created_at, created_by) values (:event, :session, :article,"
				+ " :title, :file, :type, :size, :sha, :only, :now, :by)")
			.param("event", owner.eventId())
			.param("session", owner.sessionId())
			.param("article", owner.articleId())
			.param("title", title)
			.param("file", fileName)
			.param("type", type.contentType())
			.param("size", (long) content.length)
			.param("sha", sha256)
			.param("only", registrantsOnly)
			.param("now", now)
			.param("by", createdBy)
			.update(key, "id");
		long id = key.getKey().longValue();
		this.jdbc.sql("insert into material_content (material_id, content) values (:id, :content)")
			.param("id", id)
			.param("content", content)
			.update();
		return id;
	}

	Optional<Material> find(long id) {
		return this.jdbc.sql(COLUMNS + "where id = :id").param("id", id).query(StoredMaterials::row).optional();
	}

	Optional<byte[]> content(long id) {
		return this.jdbc.sql("select content from material_content where material_id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/** An event's files, its sessions' too: the event's own first. */
	List<Material> ofEvent(long eventId) {
		return this.jdbc.sql(COLUMNS + "where event_id = :id" + ORDER).param("id", eventId).query(StoredMaterials::row).list();
	}

	List<Material> ofArticle(long articleId) {
		return this.jdbc.sql(COLUMNS + "where article_id = :id" + ORDER).param("id", articleId)
			.query(StoredMaterials::row).list();
	}

	boolean delete(long id) {
		return this.jdbc.sql("delete from material where id = :id").param("id", id).update() > 0;
	}

	/** The article's title, when it exists (read-only from the content module's table). */
	Optional<String> articleTitle(long articleId) {
		return this.jdbc.sql("select title from article where id = :id").param("id", articleId).query(String.class)
			.optional();
	}

	private static Material row(ResultSet rs, int n) throws SQLException {
		return new Material(rs.getLong("id"), (Long) rs.getObject("event_id", Long.class),
				rs.getObject("session_id", Long.class), rs.getObject("article_id", Long.class), rs.getString("title"),
				rs.getString("file_name"), MaterialType.ofContentType(rs.getString("content_type")).orElseThrow(),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getBoolean("registrants_only"),
				rs.getObject("created_at", LocalDateTime.class));
	}

}
