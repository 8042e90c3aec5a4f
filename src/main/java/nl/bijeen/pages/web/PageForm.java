package nl.bijeen.pages.web;

import nl.bijeen.common.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The edit form of a content page. The Dutch title and text are required; the English translation is
 * optional but, when given, needs both a title and a text.
 */
public class PageForm {

	static final int MAX_TITLE = 200;

	static final int MAX_BODY = 100_000;

	@NotBlank(message = "{pages.form.titleNl.required}")
	@Size(max = MAX_TITLE, message = "{pages.form.title.tooLong}")
	@SingleLine
	private String titleNl;

	@NotBlank(message = "{pages.form.bodyNl.required}")
	@Size(max = MAX_BODY, message = "{pages.form.body.tooLong}")
	private String bodyNl;

	@Size(max = MAX_TITLE, message = "{pages.form.title.tooLong}")
	@SingleLine
	private String titleEn;

	@Size(max = MAX_BODY, message = "{pages.form.body.tooLong}")
	private String bodyEn;

	private Integer version;

	public static PageForm of(String titleNl, String bodyNl, String titleEn, String bodyEn, Integer version) {
		PageForm form = new PageForm();
		form.titleNl = titleNl;
		form.bodyNl = bodyNl;
		form.titleEn = titleEn;
		form.bodyEn = bodyEn;
		form.version = version;
		return form;
	}

	/** Adds field errors when only half of the English translation is filled in. */
	public void validateTranslation(Errors errors) {
		boolean hasTitle = this.titleEn != null && !this.titleEn.isBlank();
		boolean hasBody = this.bodyEn != null && !this.bodyEn.isBlank();
		if (hasTitle && !hasBody) {
			errors.rejectValue("bodyEn", "pages.form.bodyEn.required");
		}
		if (hasBody && !hasTitle) {
			errors.rejectValue("titleEn", "pages.form.titleEn.required");
		}
	}

	public String getTitleNl() {
		return this.titleNl;
	}

	public void setTitleNl(String titleNl) {
		this.titleNl = titleNl;
	}

	public String getBodyNl() {
		return this.bodyNl;
	}

	public void setBodyNl(String bodyNl) {
		this.bodyNl = bodyNl;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getBodyEn() {
		return this.bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = bodyEn;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
