package nl.bijeen.people.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Rights;
import jakarta.validation.Valid;
import nl.bijeen.common.ConflictException;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.OrganisationEditor;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.Contrast;
import nl.bijeen.people.OrganisationFaces;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.multipart.MultipartFile;

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

	private final PeopleDirectory directory;

	private final OrganisationEditor editor;

	private final OrganisationFaces faces;

	private final Rights rights;

	AdminOrganisationController(PeopleDirectory directory, OrganisationEditor editor, OrganisationFaces faces,
			Rights rights) {
		this.rights = rights;
		this.directory = directory;
		this.editor = editor;
		this.faces = faces;
	}

	@Guard(Need.ORGANISATION)
	@GetMapping
	String list(Model model) {
		model.addAttribute("organisations", this.directory.organisationsByName()
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
		byte[] logo = checkFace(organisationForm, binding);
		Organisation created = binding.hasErrors() ? null
				: FormAttempt.attempt(binding, () -> this.editor.create(organisationForm.toDetails()));
		if (created == null) {
			return FORM;
		}
		saveFace(created.id(), organisationForm, logo);
		return saved(redirect);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("organisationForm", OrganisationForm.of(this.editor.get(id), this.faces.face(id)));
		model.addAttribute("id", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute OrganisationForm organisationForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("id", id);
		organisationForm.setHasLogo(this.faces.face(id).hasLogo());
		byte[] logo = checkFace(organisationForm, binding);
		Organisation updated = binding.hasErrors() ? null : FormAttempt.attempt(binding,
				() -> this.editor.update(id, organisationForm.getVersion(), organisationForm.toDetails()));
		if (updated == null) {
			return FORM;
		}
		saveFace(id, organisationForm, logo);
		return saved(redirect);
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

	/**
	 * Checks the accent colour's contrast (WCAG AA, 4.5:1, against the page background and the white text on
	 * it) and the uploaded logo (type from its content, size).
	 * @return the logo's bytes to store, {@code null} when none was uploaded
	 */
	private static byte[] checkFace(OrganisationForm form, BindingResult binding) {
		String colour = form.getAccentColour();
		if (Contrast.isColour(colour) && !Contrast.acceptableAccent(colour) && !binding.hasFieldErrors("accentColour")) {
			double ratio = Contrast.lowestRatio(colour);
			binding.rejectValue("accentColour", "organisation.accentColour.contrast",
					new Object[] { Contrast.display(ratio, LocaleContextHolder.getLocale()) }, null);
		}
		MultipartFile logo = form.getLogo();
		if (logo == null || logo.isEmpty()) {
			return null;
		}
		if (logo.getSize() > OrganisationFaces.MAX_LOGO_BYTES) {
			binding.rejectValue("logo", "organisation.logo.tooLarge");
			return null;
		}
		try {
			byte[] content = logo.getBytes();
			if (LogoFiles.detect(content).isEmpty()) {
				binding.rejectValue("logo", "organisation.logo.invalid");
				return null;
			}
			return content;
		}
		catch (java.io.IOException ex) {
			binding.rejectValue("logo", "organisation.logo.invalid");
			return null;
		}
	}

	private void saveFace(long id, OrganisationForm form, byte[] logo) {
		this.faces.update(id, form.toFace());
		if (logo != null) {
			this.faces.storeLogo(id, LogoFiles.detect(logo).orElseThrow(), logo);
		}
		else if (form.isRemoveLogo()) {
			this.faces.removeLogo(id);
		}
	}

	private static String saved(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "admin.saved");
		return "redirect:/admin/organisations";
	}

}
