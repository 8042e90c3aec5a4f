package nl.bijeen.content.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.bijeen.common.SingleLine;
import nl.bijeen.common.Slugs;
import nl.bijeen.common.TextRules;
import nl.bijeen.content.ArticleKind;
import nl.bijeen.content.ArticleRole;

import org.springframework.validation.Errors;

/**
 * The organiser's article form. Publishing: a draft is seen by nobody; "publish" with an empty date and
 * time publishes now, with a later date and time it is scheduled.
 */
public class ArticleForm {

	/** Empty rows offered for linking more people. */
	public static final int EXTRA_PEOPLE = 2;

	@NotNull(message = "{content.form.kind.required}")
	private ArticleKind kind = ArticleKind.NEWS;

	@NotBlank(message = "{content.form.title.required}")
	@Size(max = 200, message = "{content.form.tooLong}")
	@SingleLine
	private String title;

	@Size(max = 160, message = "{content.form.tooLong}")
	@SingleLine
	private String slug;

	@Size(max = 1000, message = "{content.form.tooLong}")
	private String lead;

	@Size(max = 100_000, message = "{content.form.tooLong}")
	private String body;

	@Size(max = 200, message = "{content.form.tooLong}")
	@SingleLine
	private String author;

	@Size(max = 1000, message = "{content.form.tooLong}")
	@SingleLine
	private String imageUrl;

	@Size(max = 300, message = "{content.form.tooLong}")
	@SingleLine
	private String imageAlt;

	private boolean published;

	private String publishDate;

	private String publishTime;

	private List<Long> eventIds = new ArrayList<>();

	private List<Long> sessionIds = new ArrayList<>();

	private List<Long> themeIds = new ArrayList<>();

	private List<Long> organisationIds = new ArrayList<>();

	private List<Long> relatedIds = new ArrayList<>();

	/** The people linked, one per row, with {@link #personRoles} at the same position (an empty row: null). */
	private List<Long> personIds = new ArrayList<>();

	private List<ArticleRole> personRoles = new ArrayList<>();

	private Integer version;

	/** One person linked to the article, with their part in it; an empty person is ignored. */
	public record PersonRow(Long personId, ArticleRole role) {
	}

	/** Adds the empty rows for more people. */
	public ArticleForm withEmptyPeopleRows() {
		for (int i = 0; i < EXTRA_PEOPLE; i++) {
			addPerson(null, ArticleRole.MENTIONED);
		}
		return this;
	}

	/** Adds a row for a person. */
	public void addPerson(Long personId, ArticleRole role) {
		this.personIds.add(personId);
		this.personRoles.add(role);
	}

	/** The rows of people, a role for each (mentioned when none was sent). */
	public List<PersonRow> getPeople() {
		List<PersonRow> rows = new ArrayList<>();
		for (int i = 0; i < this.personIds.size(); i++) {
			ArticleRole role = i < this.personRoles.size() && this.personRoles.get(i) != null ? this.personRoles.get(i)
					: ArticleRole.MENTIONED;
			rows.add(new PersonRow(this.personIds.get(i), role));
		}
		return rows;
	}

	/**
	 * Checks what annotations cannot: the slug's form, the image address, the image's text and the
	 * publication moment.
	 */
	public void validate(Errors errors) {
		if (this.slug != null && !this.slug.isBlank() && !Slugs.isValid(this.slug.strip())) {
			errors.rejectValue("slug", "content.form.slug.invalid");
		}
		if (this.imageUrl != null && !this.imageUrl.isBlank()) {
			String url = this.imageUrl.strip();
			boolean local = url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
			if (!local && !TextRules.isHttpUrl(url)) {
				errors.rejectValue("imageUrl", "content.form.imageUrl.invalid");
			}
			if (this.imageAlt == null || this.imageAlt.isBlank()) {
				errors.rejectValue("imageAlt", "content.form.imageAlt.required");
			}
		}
		if (blank(this.publishDate) != blank(this.publishTime)) {
			errors.rejectValue(blank(this.publishDate) ? "publishDate" : "publishTime", "content.form.publish.both");
		}
		else if (!blank(this.publishDate)) {
			try {
				LocalDate.parse(this.publishDate.strip());
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("publishDate", "content.form.publishDate.invalid");
			}
			try {
				LocalTime.parse(this.publishTime.strip());
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("publishTime", "content.form.publishTime.invalid");
			}
		}
	}

	/** The publication moment entered, or {@code null} when none (or not valid). */
	public LocalDateTime publishAt() {
		if (blank(this.publishDate) || blank(this.publishTime)) {
			return null;
		}
		try {
			return LocalDate.parse(this.publishDate.strip()).atTime(LocalTime.parse(this.publishTime.strip()));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public ArticleKind getKind() { return this.kind; }
	public void setKind(ArticleKind kind) { this.kind = kind; }
	public String getTitle() { return this.title; }
	public void setTitle(String title) { this.title = title; }
	public String getSlug() { return this.slug; }
	public void setSlug(String slug) { this.slug = slug; }
	public String getLead() { return this.lead; }
	public void setLead(String lead) { this.lead = lead; }
	public String getBody() { return this.body; }
	public void setBody(String body) { this.body = body; }
	public String getAuthor() { return this.author; }
	public void setAuthor(String author) { this.author = author; }
	public String getImageUrl() { return this.imageUrl; }
	public void setImageUrl(String imageUrl) { this.imageUrl = imageUrl; }
	public String getImageAlt() { return this.imageAlt; }
	public void setImageAlt(String imageAlt) { this.imageAlt = imageAlt; }
	public boolean isPublished() { return this.published; }
	public void setPublished(boolean published) { this.published = published; }
	public String getPublishDate() { return this.publishDate; }
	public void setPublishDate(String publishDate) { this.publishDate = publishDate; }
	public String getPublishTime() { return this.publishTime; }
	public void setPublishTime(String publishTime) { this.publishTime = publishTime; }
	public List<Long> getEventIds() { return this.eventIds; }
	public void setEventIds(List<Long> eventIds) { this.eventIds = eventIds == null ? new ArrayList<>() : eventIds; }
	public List<Long> getSessionIds() { return this.sessionIds; }
	public void setSessionIds(List<Long> sessionIds) { this.sessionIds = sessionIds == null ? new ArrayList<>() : sessionIds; }
	public List<Long> getThemeIds() { return this.themeIds; }
	public void setThemeIds(List<Long> themeIds) { this.themeIds = themeIds == null ? new ArrayList<>() : themeIds; }
	public List<Long> getOrganisationIds() { return this.organisationIds; }
	public void setOrganisationIds(List<Long> ids) { this.organisationIds = ids == null ? new ArrayList<>() : ids; }
	public List<Long> getRelatedIds() { return this.relatedIds; }
	public void setRelatedIds(List<Long> relatedIds) { this.relatedIds = relatedIds == null ? new ArrayList<>() : relatedIds; }
	public List<Long> getPersonIds() { return this.personIds; }
	public void setPersonIds(List<Long> ids) { this.personIds = ids == null ? new ArrayList<>() : new ArrayList<>(ids); }
	public List<ArticleRole> getPersonRoles() { return this.personRoles; }
	public void setPersonRoles(List<ArticleRole> roles) { this.personRoles = roles == null ? new ArrayList<>() : new ArrayList<>(roles); }
	public Integer getVersion() { return this.version; }
	public void setVersion(Integer version) { this.version = version; }

}
