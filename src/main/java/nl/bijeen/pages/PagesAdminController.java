package nl.bijeen.pages;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import nl.bijeen.common.ConflictException;
import nl.bijeen.pages.web.PageForm;

import org.springframework.security.access.AccessDeniedException;
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
 * Administrators maintain the statement pages here. Organisers without the administrator role may not:
 * these texts speak for the whole site.
 */
@Guard(Need.PLATFORM)
@Controller
@RequestMapping("/admin/pages")
class PagesAdminController {

	private final PageEditor pages;

	PagesAdminController(PageEditor pages) {
		this.pages = pages;
	}

	@ModelAttribute
	void requireAdministrator(HttpServletRequest request) {
		if (!request.isUserInRole("ADMIN")) {
			throw new AccessDeniedException("Only administrators edit content pages");
		}
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("pages", this.pages.all());
		return "pages/admin-list";
	}

	@GetMapping("/{slug}")
	String edit(@PathVariable String slug, Model model) {
		Page page = this.pages.page(slug);
		model.addAttribute("page", page);
		model.addAttribute("form", PageForm.of(page.titleNl(), page.bodyNl(), page.titleEn(), page.bodyEn(),
				page.version()));
		return "pages/admin-edit";
	}

	@PostMapping("/{slug}")
	String update(@PathVariable String slug, @Valid @ModelAttribute("form") PageForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Page page = this.pages.page(slug);
		form.validateTranslation(result);
		if (!result.hasErrors()) {
			try {
				this.pages.update(slug, form);
				redirect.addFlashAttribute("flash", "pages.edit.saved");
				return "redirect:/admin/pages";
			}
			catch (ConflictException ex) {
				result.reject(ex.getCode());
			}
		}
		model.addAttribute("page", page);
		return "pages/admin-edit";
	}

}
