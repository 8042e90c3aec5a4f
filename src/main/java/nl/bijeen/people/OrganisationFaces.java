package nl.bijeen.people;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.bijeen.common.Zones;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes an organisation's face ({@link OrganisationFace}) and its uploaded logo. Kept apart from
 * the {@link Organisation} aggregate, so that saving an organisation (form or API) never touches them.
 */
@Service
@Transactional
public class OrganisationFaces {

	/** The largest logo accepted, in bytes. */
	public static final int MAX_LOGO_BYTES = 256 * 1024;

	private final JdbcClient jdbc;

	OrganisationFaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public OrganisationFace face(long organisationId) {
		return this.jdbc.sql("""
				select o.accent_colour, o.contact_email, o.contact_phone, o.retention_months,
				    (select count(*) from organisation_logo l where l.organisation_id = o.id) as logos
				from organisation o where o.id = :id""")
			.param("id", organisationId)
			.query((rs, row) -> new OrganisationFace(rs.getString("accent_colour"), rs.getString("contact_email"),
					rs.getString("contact_phone"), (Integer) rs.getObject("retention_months", Integer.class),
					rs.getLong("logos") > 0))
			.optional()
			.orElse(OrganisationFace.NONE);
	}

	/**
	 * The organisations that chose their own retention period, with that period in months.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> retentionMonths() {
		Map<Long, Integer> months = new HashMap<>();
		this.jdbc.sql("select id, retention_months from organisation where retention_months is not null")
			.query(rs -> {
				months.put(rs.getLong("id"), rs.getInt("retention_months"));
			});
		return months;
	}

	/**
	 * Stores the face's colour, contact details and retention period (validated by the caller; the logo is
	 * changed with {@link #storeLogo} and {@link #removeLogo}).
	 */
	public void update(long organisationId, OrganisationFace face) {
		this.jdbc.sql("""
				update organisation set accent_colour = :accent, contact_email = :email, contact_phone = :phone,
				    retention_months = :months where id = :id""")
			.param("accent", blankToNull(face.accentColour()))
			.param("email", blankToNull(face.contactEmail()))
			.param("phone", blankToNull(face.contactPhone()))
			.param("months", face.retentionMonths())
			.param("id", organisationId)
			.update();
	}

	/**
	 * Stores (or replaces) the organisation's logo; the caller has checked its type from its content.
	 */
	public void storeLogo(long organisationId, String contentType, byte[] content) {
		this.jdbc.sql("delete from organisation_logo where organisation_id = :id").param("id", organisationId).update();
		this.jdbc.sql("""
				insert into organisation_logo (organisation_id, content_type, content, uploaded_at)
				values (:id, :type, :content, :now)""")
			.param("id", organisationId)
			.param("type", contentType)
			.param("content", content)
			.param("now", LocalDateTime.now(Zones.AMSTERDAM))
			.update();
	}

	public void removeLogo(long organisationId) {
		this.jdbc.sql("delete from organisation_logo where organisation_id = :id").param("id", organisationId).update();
	}

	@Transactional(readOnly = true)
	public Optional<Logo> logo(long organisationId) {
		return this.jdbc.sql("select content_type, content from organisation_logo where organisation_id = :id")
			.param("id", organisationId)
			.query((rs, row) -> new Logo(rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * An uploaded logo and its detected content type.
	 */
	public record Logo(String contentType, byte[] content) {
	}

}
