package nl.bijeen.newsletter;

import jakarta.validation.Valid;

import nl.bijeen.events.EventCatalog;
import nl.bijeen.newsletter.web.EditionForm;
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
 * Organisers write newsletter editions here: title, introduction (Markdown), the articles and events it shows
 * (suggested, ticked and ordered by number or with the move buttons, without JavaScript) and its themes. Editors
 * and administrators of an organisation see and change only their organisation's editions; the platform
 * administrator all. Sending is in {@link EditionSendController}.
 */
@Guard(Need.CONTENT)
@Controller
@RequestMapping("/admin/newsletter")
class EditionsAdminController {

	private final EditionEditor editor;

	private final EventCatalog catalog;

	private final Rights rights;

	private final Subscribers subscribers;

	EditionsAdminController(EditionEditor editor, EventCatalog catalog, Rights rights, Subscribers subscribers) {
		this.editor = editor;
		this.catalog = catalog;
		this.rights = rights;
		this.subscribers = subscribers;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("editions", this.editor.visible(this.rights.organisationScope()));
		model.addAttribute("subscribers", this.subscribers.countConfirmed());
		return "newsletter/admin-list";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(new EditionForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") EditionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors() || form.getMove() != null) {
			return form(form, null, model);
		}
		Actor actor = this.rights.current();
		long id = this.editor.create(form, actor.platformAdmin() ? null : actor.organisationId());
		redirect.addFlashAttribute("flash", "newsletter.admin.saved");
		return "redirect:/admin/newsletter/" + id;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Edition edition = this.editor.edition(id, this.rights.organisationScope());
		EditionForm form = new EditionForm();
		form.setTitle(edition.title());
		form.setIntroduction(edition.introduction());
		edition.items().forEach(i -> {
			form.getItems().add(i.key());
			form.getPositions().put(i.key(), form.getItems().size());
		});
		form.setThemeIds(new java.util.HashSet<>(edition.themes()));
		return form(form, edition, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") EditionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Edition edition = this.editor.edition(id, this.rights.organisationScope());
		if (!edition.draft()) {
			redirect.addFlashAttribute("flash", "newsletter.admin.notDraft");
			return "redirect:/admin/newsletter/" + id;
		}
		if (result.hasErrors()) {
			return form(form, edition, model);
		}
		this.editor.update(edition, form);
		if (form.getMove() == null) {
			redirect.addFlashAttribute("flash", "newsletter.admin.saved");
		}
		return "redirect:/admin/newsletter/" + id + ((form.getMove() != null) ? "#items" : "");
	}

	private String form(EditionForm form, Edition edition, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("edition", edition);
		java.util.Map<String, EditionItem> suggestions = this.editor.suggestions(edition);
		java.util.List<EditionItem> chosen = form.orderedItems().stream().map(suggestions::get)
			.filter(java.util.Objects::nonNull).toList();
		java.util.List<EditionItem> others = suggestions.values().stream()
			.filter(i -> !form.getItems().contains(i.key())).toList();
		model.addAttribute("chosen", chosen);
		model.addAttribute("others", others);
		model.addAttribute("themes", this.catalog.themes());
		return "newsletter/admin-edit";
	}

}
