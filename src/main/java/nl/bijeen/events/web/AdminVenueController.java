package nl.bijeen.events.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import jakarta.validation.Valid;
import nl.bijeen.common.ConflictException;
import nl.bijeen.events.Venue;
import nl.bijeen.events.VenueEditor;
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
 * The organisers' pages for venues.
 */
@Guard(Need.ORGANISATION)
@Controller
@RequestMapping("/admin/venues")
class AdminVenueController {

	private static final String FORM = "admin/venues/form";

	private final EventCatalog catalog;

	private final VenueEditor editor;

	AdminVenueController(EventCatalog catalog, VenueEditor editor) {
		this.catalog = catalog;
		this.editor = editor;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("venues", this.catalog.venues());
		return "admin/venues/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("venueForm", new VenueForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute VenueForm venueForm, BindingResult binding, RedirectAttributes redirect) {
		Venue created = binding.hasErrors() ? null
				: FormAttempt.attempt(binding, () -> this.editor.create(venueForm.toDetails()));
		return (created == null) ? FORM : saved(redirect);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("venueForm", VenueForm.of(this.editor.get(id)));
		model.addAttribute("id", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute VenueForm venueForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("id", id);
		Venue updated = binding.hasErrors() ? null : FormAttempt.attempt(binding,
				() -> this.editor.update(id, venueForm.getVersion(), venueForm.toDetails()));
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
		return "redirect:/admin/venues";
	}

	private static String saved(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "admin.saved");
		return "redirect:/admin/venues";
	}

}
