package nl.bijeen.content;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.util.List;

import jakarta.validation.Valid;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.content.web.DossierForm;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Theme;

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
 * The platform administrator makes a theme a dossier and curates it here. Themes are the platform's, shared by
 * every organisation (like their screens, {@code /admin/themes}), so their dossiers are too: an organisation's
 * editor would otherwise change a page of every organisation and could name another organisation's drafts.
 */
@Guard(Need.PLATFORM)
@Controller
@RequestMapping("/admin/dossiers")
class DossiersAdminController {

	private final DossierEditor editor;

	private final EventCatalog catalog;

	private final Dossiers dossiers;

	DossiersAdminController(DossierEditor editor, EventCatalog catalog, Dossiers dossiers) {
		this.editor = editor;
		this.catalog = catalog;
		this.dossiers = dossiers;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("themes", this.catalog.themes());
		model.addAttribute("dossierIds", this.dossiers.findAll().stream().map(Dossier::themeId).toList());
		return "content/admin-dossiers";
	}

	@GetMapping("/{slug}")
	String edit(@PathVariable String slug, Model model) {
		Theme theme = theme(slug);
		model.addAttribute("theme", theme);
		model.addAttribute("form", this.editor.form(theme.id()));
		return "content/admin-dossier";
	}

	@PostMapping("/{slug}")
	String save(@PathVariable String slug, @Valid @ModelAttribute("form") DossierForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Theme theme = theme(slug);
		List<Dossier.Item> items = this.editor.items(form, result);
		if (!result.hasErrors()) {
			try {
				this.editor.save(theme.id(), form, items);
				redirect.addFlashAttribute("flash", "content.dossier.saved");
				return "redirect:/admin/dossiers/" + slug;
			}
			catch (ConflictException ex) {
				result.reject(ex.getCode());
			}
		}
		model.addAttribute("theme", theme);
		return "content/admin-dossier";
	}

	private Theme theme(String slug) {
		return this.catalog.themeBySlug(slug).orElseThrow(() -> new NotFoundException("No theme " + slug));
	}

}
