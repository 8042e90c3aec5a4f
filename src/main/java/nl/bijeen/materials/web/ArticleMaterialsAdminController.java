package nl.bijeen.materials.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import nl.bijeen.materials.Material;
import nl.bijeen.materials.MaterialOwner;
import nl.bijeen.materials.Materials;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

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
 * The materials of an article (always public, shown on the article's page once it is published): the list, the
 * upload form, deleting after a confirmation.
 */
@Guard(value = Need.ARTICLE, id = "id")
@Controller
@RequestMapping("/admin/articles/{id}/materials")
class ArticleMaterialsAdminController {

	private final Materials materials;

	private final MaterialUploads uploads;

	ArticleMaterialsAdminController(Materials materials, MaterialUploads uploads) {
		this.materials = materials;
		this.uploads = uploads;
	}

	@GetMapping
	String list(@PathVariable long id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new MaterialForm());
		}
		return show(id, model);
	}

	@PostMapping
	String upload(@PathVariable long id, @ModelAttribute("form") MaterialForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.materials.articleTitle(id);
		form.setSessionId(null);
		form.setRegistrantsOnly(false);
		Material stored = this.uploads.upload(MaterialOwner.article(id), form, result);
		if (stored == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(id, model);
		}
		return screens(id).uploaded(redirect, stored);
	}

	@GetMapping("/{materialId}/delete")
	String confirmDelete(@PathVariable long id, @PathVariable long materialId, Model model) {
		return screens(id).confirmDelete(model, this.materials.articleTitle(id),
				this.materials.find(MaterialOwner.article(id), materialId));
	}

	@PostMapping("/{materialId}/delete")
	String delete(@PathVariable long id, @PathVariable long materialId, RedirectAttributes redirect) {
		Material material = this.materials.find(MaterialOwner.article(id), materialId);
		this.materials.delete(MaterialOwner.article(id), materialId);
		return screens(id).deleted(redirect, material);
	}

	private String show(long id, Model model) {
		screens(id).owner(model, this.materials.articleTitle(id));
		model.addAttribute("sessions", List.of());
		model.addAttribute("sessionTitles", java.util.Map.of());
		model.addAttribute("article", true);
		model.addAttribute("materials", this.materials.of(MaterialOwner.article(id)));
		model.addAttribute("maxFileSize", this.materials.maxFileSizeText());
		return "materials/admin";
	}

	private static MaterialScreens screens(long id) {
		return MaterialScreens.of("/admin/articles/" + id);
	}

}
