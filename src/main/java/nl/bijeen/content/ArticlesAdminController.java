package nl.bijeen.content;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import nl.bijeen.common.ConflictException;
import nl.bijeen.content.web.ArticleForm;
import nl.bijeen.rights.Actor;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Rights;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisers write, publish, schedule and delete articles here. Editors and administrators of an organisation
 * see and change only the articles linked to it (another organisation's article is "not found"); what they
 * write is linked to their organisation, and stays so. The platform administrator sees and changes all.
 */
@Guard(value = Need.ARTICLE, id = "id")
@Controller
@RequestMapping("/admin/articles")
class ArticlesAdminController {

	/** Most people one article links to. */
	static final int MAX_PEOPLE = 50;

	private final ArticleEditor editor;

	private final ArticleChoices choices;

	private final ContentTime time;

	private final Rights rights;

	ArticlesAdminController(ArticleEditor editor, ArticleChoices choices, ContentTime time, Rights rights) {
		this.editor = editor;
		this.choices = choices;
		this.time = time;
		this.rights = rights;
	}

	@Guard(Need.CONTENT)
	@GetMapping
	String list(Model model) {
		model.addAttribute("articles", this.editor.visible(this.rights.organisationScope()));
		model.addAttribute("now", this.time.now());
		return "content/admin-list";
	}

	@Guard(Need.CONTENT)
	@GetMapping("/new")
	String create(Model model) {
		ArticleForm form = new ArticleForm().withEmptyPeopleRows();
		ownOrganisationStays(form);
		return form(form, null, model);
	}

	@Guard(Need.CONTENT)
	@PostMapping
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ownOrganisationStays(form);
		check(form, result, null);
		if (result.hasErrors()) {
			return form(form, null, model);
		}
		Article article = this.editor.create(form);
		redirect.addFlashAttribute("flash", "content.admin.saved");
		return "redirect:/admin/articles/" + article.id();
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Article article = this.editor.article(id);
		return form(ArticleForms.of(article).withEmptyPeopleRows(), article, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Article article = this.editor.article(id);
		ownOrganisationStays(form);
		check(form, result, id);
		if (!result.hasErrors()) {
			try {
				this.editor.update(id, form);
				redirect.addFlashAttribute("flash", "content.admin.saved");
				return "redirect:/admin/articles/" + id;
			}
			catch (ConflictException ex) {
				result.reject(ex.getCode());
			}
		}
		return form(form, article, model);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("article", this.editor.article(id));
		return "content/admin-delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Article article = this.editor.article(id);
		this.editor.delete(id);
		redirect.addFlashAttribute("flash", "content.admin.deleted");
		redirect.addFlashAttribute("noticeName", article.title());
		return "redirect:/admin/articles";
	}

	/**
	 * An organisation's editor or administrator writes for their organisation: it is linked to what they write and
	 * cannot be taken off, so the article does not slip out of their hands.
	 */
	private void ownOrganisationStays(ArticleForm form) {
		Actor actor = this.rights.current();
		if (actor.platformAdmin() || actor.organisationId() == null) {
			return;
		}
		List<Long> organisations = new ArrayList<>(form.getOrganisationIds());
		if (!organisations.contains(actor.organisationId())) {
			organisations.add(actor.organisationId());
			form.setOrganisationIds(organisations);
		}
	}

	private void check(ArticleForm form, BindingResult result, Long id) {
		form.validate(result);
		if (!result.hasFieldErrors("slug") && form.getSlug() != null && !form.getSlug().isBlank()
				&& this.editor.slugTaken(form.getSlug().strip(), id)) {
			result.rejectValue("slug", "content.form.slug.taken");
		}
		if (form.getPersonIds().size() > MAX_PEOPLE) {
			form.setPersonIds(form.getPersonIds().subList(0, MAX_PEOPLE));
		}
	}

	private String form(ArticleForm form, Article article, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("article", article);
		model.addAttribute("now", this.time.now());
		this.choices.addTo(model, form, article == null ? null : article.id());
		return "content/admin-edit";
	}

}
