package nl.bijeen.events.web;

import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import nl.bijeen.common.ConflictException;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Venue;
import nl.bijeen.events.VenueEditor;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.PeopleDirectory;
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
 * The organisers' pages for venues. An organisation administrator lists its own venues and the shared ones, and
 * creates, changes and deletes its own (another organisation's venue is "not found"); the platform administrator
 * does so for every venue and chooses its organisation, or leaves it shared.
 */
@Guard(value = Need.VENUE, id = "id")
@Controller
@RequestMapping("/admin/venues")
class AdminVenueController {

	private static final String FORM = "admin/venues/form";

	private final EventCatalog catalog;

	private final VenueEditor editor;

	private final PeopleDirectory people;

	private final Rights rights;

	AdminVenueController(EventCatalog catalog, VenueEditor editor, PeopleDirectory people, Rights rights) {
		this.catalog = catalog;
		this.editor = editor;
		this.people = people;
		this.rights = rights;
	}

	@Guard(Need.ORGANISATION)
	@GetMapping
	String list(Model model) {
		model.addAttribute("venues", this.catalog.venuesFor(this.rights.organisationScope()));
		model.addAttribute("scope", this.rights.organisationScope());
		model.addAttribute("organisationById", this.people.organisationsByName()
			.stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity())));
		return "admin/venues/list";
	}

	@Guard(Need.ORGANISATION)
	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("venueForm", new VenueForm());
		return form(model, null);
	}

	@Guard(Need.ORGANISATION)
	@PostMapping
	String create(@Valid @ModelAttribute VenueForm venueForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Long owner = owner(venueForm, binding);
		Venue created = binding.hasErrors() ? null
				: FormAttempt.attempt(binding, () -> this.editor.create(venueForm.toDetails(), owner));
		return (created == null) ? form(model, null) : saved(redirect);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("venueForm", VenueForm.of(this.editor.get(id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute VenueForm venueForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		this.editor.get(id);
		Long owner = owner(venueForm, binding);
		boolean platform = this.rights.current().platformAdmin();
		Venue updated = binding.hasErrors() ? null : FormAttempt.attempt(binding,
				() -> platform ? this.editor.update(id, venueForm.getVersion(), venueForm.toDetails(), owner)
						: this.editor.update(id, venueForm.getVersion(), venueForm.toDetails()));
		return (updated == null) ? form(model, id) : saved(redirect);
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

	/**
	 * The organisation a saved venue belongs to: the one the platform administrator chose (none: shared), else the
	 * administrator's own.
	 */
	private Long owner(VenueForm form, BindingResult binding) {
		Actor actor = this.rights.current();
		if (!actor.platformAdmin()) {
			return actor.organisationId();
		}
		Long chosen = form.getOrganisationId();
		if (chosen != null && !this.people.organisationExists(chosen)) {
			binding.rejectValue("organisationId", "venue.organisation.unknown");
		}
		return chosen;
	}

	private String form(Model model, Long id) {
		model.addAttribute("id", id);
		if (this.rights.current().platformAdmin()) {
			model.addAttribute("organisations", this.people.organisationsByName());
		}
		return FORM;
	}

	private static String saved(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "admin.saved");
		return "redirect:/admin/venues";
	}

}
