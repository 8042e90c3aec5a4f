/**
 * Materials (issue 11): files organisers upload to an event, a session of an event or an article — slides, PDF,
 * office documents, images — each with a title, public or for registrants only.
 * <p>
 * Decisions worth knowing:
 * <ul>
 * <li>The bytes are stored in the database (table {@code material_content}, {@code bytea}), apart from the
 * description ({@code material}), so every instance serves every file and a backup of the database is a backup of
 * the files.</li>
 * <li>The type is read from the content with Apache Tika's detector ({@link nl.bijeen.materials.MaterialTypes}),
 * never from the name or the type the browser claims; only the types of an allow-list are stored.</li>
 * <li>Public files are served at {@code /materialen/{id}/{name}} while their event is public or their article
 * published; registrants-only files only through the personal link of a participant with a place
 * ({@code /aanmelding/{token}/materialen/{id}/{name}}), otherwise 404.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Materials")
package nl.bijeen.materials;
