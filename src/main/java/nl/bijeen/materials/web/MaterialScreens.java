package nl.bijeen.materials.web;

import nl.bijeen.materials.Material;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the organiser's materials screens of events and of articles share: their addresses, the owner shown above
 * the list and the delete confirmation, and the notices after an upload or a deletion.
 * @param ownerPath the owner's own admin page ({@code /admin/events/12})
 */
record MaterialScreens(String ownerPath) {

	static MaterialScreens of(String ownerPath) {
		return new MaterialScreens(ownerPath);
	}

	/** The materials screen of the owner. */
	String base() {
		return this.ownerPath + "/materials";
	}

	/** Puts the owner and the screens' addresses in the model. */
	void owner(Model model, String ownerTitle) {
		model.addAttribute("ownerTitle", ownerTitle);
		model.addAttribute("ownerPath", this.ownerPath);
		model.addAttribute("base", base());
	}

	/** The confirmation page before a material is deleted. */
	String confirmDelete(Model model, String ownerTitle, Material material) {
		model.addAttribute("material", material);
		owner(model, ownerTitle);
		return "materials/admin-delete";
	}

	/** Back to the list with the notice that the material was uploaded. */
	String uploaded(RedirectAttributes redirect, Material material) {
		return back(redirect, "materials.admin.uploaded", material);
	}

	/** Back to the list with the notice that the material was deleted. */
	String deleted(RedirectAttributes redirect, Material material) {
		return back(redirect, "materials.admin.deleted", material);
	}

	private String back(RedirectAttributes redirect, String message, Material material) {
		redirect.addFlashAttribute("message", message);
		redirect.addFlashAttribute("noticeName", material.title());
		return "redirect:" + base();
	}

}
