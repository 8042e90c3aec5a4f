package nl.bijeen.people.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Rights;
import jakarta.validation.Valid;
import nl.bijeen.common.ConflictException;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.Person;
import nl.bijeen.people.PersonEditor;

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
 * The organisers' pages for people: speakers, day chairs, panel members, session leaders.
 */
@Guard(value = Need.PERSON, id = "id")
@Controller
@RequestMapping("/admin/people")
class AdminPersonController {

	private static final String FORM = "admin/people/form";

	private final PeopleDirectory directory;

	private final PersonEditor editor;

	private final Rights rights;

	AdminPersonController(PeopleDirectory directory, PersonEditor editor, Rights rights) {
		this.rights = rights;
		this.directory = directory;
		this.editor = editor;
	}

	@ModelAttribute
	void organisations(Model model) {
		model.addAttribute("organisations", this.directory.organisationsByName());
	}

	@Guard(Need.ORGANISATION)
	@GetMapping
	String list(Model model) {
		model.addAttribute("people", this.directory.peopleByName()
			.stream()
			.filter(p -> this.rights.may(Need.OWN_ORGANISATION, p.organisationId()))
			.toList());
		return "admin/people/list";
	}

	@Guard(Need.ORGANISATION)
	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("personForm", new PersonForm());
		return FORM;
	}

	@Guard(Need.ORGANISATION)
	@PostMapping
	String create(@Valid @ModelAttribute PersonForm personForm, BindingResult binding, RedirectAttributes redirect) {
		Person created = binding.hasErrors() ? null
				: FormAttempt.attempt(binding, () -> this.editor.create(personForm.toDetails()));
		return (created == null) ? FORM : saved(redirect);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("personForm", PersonForm.of(this.editor.get(id)));
		model.addAttribute("id", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute PersonForm personForm, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("id", id);
		Person updated = binding.hasErrors() ? null : FormAttempt.attempt(binding,
				() -> this.editor.update(id, personForm.getVersion(), personForm.toDetails()));
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
		return "redirect:/admin/people";
	}

	private static String saved(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "admin.saved");
		return "redirect:/admin/people";
	}

}
