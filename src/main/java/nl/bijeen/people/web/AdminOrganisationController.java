package nl.bijeen.people.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Rights;
import jakarta.validation.Valid;
import nl.bijeen.common.ConflictException;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.OrganisationEditor;
import nl.bijeen.people.Organisations;

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
 * The organisers' pages for organisations.
 */
@Guard(value = Need.OWN_ORGANISATION, id = "id")
@Controller
@RequestMapping("/admin/organisations")
class AdminOrganisationController {

	private static final String FORM = "admin/organisations/form";

	private final Organisations organisations;

	private final OrganisationEditor editor;

	private final Rights rights;

	AdminOrganisationController(Organisations organisations, OrganisationEditor editor, Rights rights) {
		this.rights = rights;
		this.organisations = organisations;
		this.editor = editor;
	}

	@Guard(Need.ORGANISATION)
	@GetMapping
	String list(Model model) {
		model.addAttribute("organisations", this.organisations.findAllByOrderByNameAsc()
			.stream()
			.filter(o -> this.rights.may(Need.OWN_ORGANISATION, o.id()))
			.toList());
		return "admin/organisations/list";
	}

	@Guard(Need.PLATFORM)
	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("organisationForm", new OrganisationForm());
		return FORM;
	}

	@Guard(Need.PLATFORM)
	@PostMapping
	String create(@Valid @ModelAttribute OrganisationForm organisationForm, BindingResult binding, RedirectAttributes redirect) {
		Organisation created = binding.hasErrors() ? null
				: FormAttempt.attempt(binding, () -> this.editor.create(organisationForm.toDetails()));
		return (created == null) ? FORM : saved(redirect);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("organisationForm", OrganisationForm.of(this.editor.get(id)));
		model.addAttribute("id", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute OrganisationForm organisationForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("id", id);
		Organisation updated = binding.hasErrors() ? null : FormAttempt.attempt(binding,
				() -> this.editor.update(id, organisationForm.getVersion(), organisationForm.toDetails()));
		return (updated == null) ? FORM : saved(redirect);
	}

	@Guard(Need.PLATFORM)
	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.editor.delete(id);
			redirect.addFlashAttribute("message", "admin.deleted");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/admin/organisations";
	}

	private static String saved(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "admin.saved");
		return "redirect:/admin/organisations";
	}

}
