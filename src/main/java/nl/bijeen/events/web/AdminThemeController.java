package nl.bijeen.events.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import jakarta.validation.Valid;
import nl.bijeen.common.ConflictException;
import nl.bijeen.events.Theme;
import nl.bijeen.events.ThemeEditor;
import nl.bijeen.events.EventCatalog;

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
 * The organisers' pages for themes.
 */
@Guard(Need.PLATFORM)
@Controller
@RequestMapping("/admin/themes")
class AdminThemeController {

	private static final String FORM = "admin/themes/form";

	private final EventCatalog catalog;

	private final ThemeEditor editor;

	AdminThemeController(EventCatalog catalog, ThemeEditor editor) {
		this.catalog = catalog;
		this.editor = editor;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("themes", this.catalog.themes());
		return "admin/themes/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("themeForm", new ThemeForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute ThemeForm themeForm, BindingResult binding, RedirectAttributes redirect) {
		Theme created = binding.hasErrors() ? null : FormAttempt.attempt(binding,
				() -> this.editor.create(themeForm.getSlug(), themeForm.getName(), themeForm.getDescription()));
		return (created == null) ? FORM : saved(redirect);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("themeForm", ThemeForm.of(this.editor.get(id)));
		model.addAttribute("id", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute ThemeForm themeForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("id", id);
		Theme updated = binding.hasErrors() ? null : FormAttempt.attempt(binding, () -> this.editor.update(id,
				themeForm.getVersion(), themeForm.getSlug(), themeForm.getName(), themeForm.getDescription()));
		return (updated == null) ? FORM : saved(redirect);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.editor.delete(id);
			redirect.addFlashAttribute("message", "admin.deleted");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/admin/themes";
	}

	private static String saved(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "admin.saved");
		return "redirect:/admin/themes";
	}

}
