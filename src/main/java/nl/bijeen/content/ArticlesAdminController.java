package nl.bijeen.content;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import jakarta.validation.Valid;

import nl.bijeen.common.ConflictException;
import nl.bijeen.content.web.ArticleForm;

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
 * Organisers write, publish, schedule and delete articles here.
 */
@Guard(Need.CONTENT)
@Controller
@RequestMapping("/admin/articles")
class ArticlesAdminController {

	/** Most people one article links to. */
	static final int MAX_PEOPLE = 50;

	private final ArticleEditor editor;

	private final ArticleChoices choices;

	private final ContentTime time;

	ArticlesAdminController(ArticleEditor editor, ArticleChoices choices, ContentTime time) {
		this.editor = editor;
		this.choices = choices;
		this.time = time;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("articles", this.editor.all());
		model.addAttribute("now", this.time.now());
		return "content/admin-list";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(new ArticleForm().withEmptyPeopleRows(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
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
