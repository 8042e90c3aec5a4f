package nl.bijeen.content.web;

import jakarta.validation.constraints.Size;

/**
 * The form that makes a theme a dossier. {@code items} has one entry per line, in order:
 * {@code evenement: slug}, {@code artikel: slug}, or an external link {@code https://… Title}.
 */
public class DossierForm {

	/** Most lines a dossier holds. */
	public static final int MAX_ITEMS = 100;

	private boolean dossier;

	@Size(max = 20_000, message = "{content.form.tooLong}")
	private String intro;

	@Size(max = 50_000, message = "{content.form.tooLong}")
	private String items;

	private Integer version;

	public boolean isDossier() { return this.dossier; }
	public void setDossier(boolean dossier) { this.dossier = dossier; }
	public String getIntro() { return this.intro; }
	public void setIntro(String intro) { this.intro = intro; }
	public String getItems() { return this.items; }
	public void setItems(String items) { this.items = items; }
	public Integer getVersion() { return this.version; }
	public void setVersion(Integer version) { this.version = version; }

}
