package nl.bijeen.events.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import jakarta.validation.Valid;
import nl.bijeen.common.ConflictException;
import nl.bijeen.events.Audience;
import nl.bijeen.events.AudienceEditor;
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
 * The organisers' pages for audiences.
 */
@Guard(Need.PLATFORM)
@Controller
@RequestMapping("/admin/audiences")
class AdminAudienceController {

	private static final String FORM = "admin/audiences/form";

	private final EventCatalog catalog;

	private final AudienceEditor editor;

	AdminAudienceController(EventCatalog catalog, AudienceEditor editor) {
		this.catalog = catalog;
		this.editor = editor;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("audiences", this.catalog.audiences());
		return "admin/audiences/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("audienceForm", new AudienceForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute AudienceForm audienceForm, BindingResult binding, RedirectAttributes redirect) {
		Audience created = binding.hasErrors() ? null : FormAttempt.attempt(binding,
				() -> this.editor.create(audienceForm.getSlug(), audienceForm.getName()));
		return (created == null) ? FORM : saved(redirect);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("audienceForm", AudienceForm.of(this.editor.get(id)));
		model.addAttribute("id", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute AudienceForm audienceForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("id", id);
		Audience updated = binding.hasErrors() ? null : FormAttempt.attempt(binding, () -> this.editor.update(id,
				audienceForm.getVersion(), audienceForm.getSlug(), audienceForm.getName()));
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
		return "redirect:/admin/audiences";
	}

	private static String saved(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "admin.saved");
		return "redirect:/admin/audiences";
	}

}
