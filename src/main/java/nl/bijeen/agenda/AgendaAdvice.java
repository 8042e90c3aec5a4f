package nl.bijeen.agenda;

import nl.bijeen.common.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shared by the public pages: the site's base URL in every model, and a friendly page when something
 * does not exist (or is not public).
 */
@org.springframework.core.annotation.Order(0)
@ControllerAdvice(basePackageClasses = AgendaAdvice.class)
class AgendaAdvice {

	private final PublicUrls urls;

	AgendaAdvice(PublicUrls urls) {
		this.urls = urls;
	}

	@ModelAttribute("baseUrl")
	String baseUrl() {
		return this.urls.base();
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		ModelAndView page = new ModelAndView("agenda/not-found", HttpStatus.NOT_FOUND);
		page.addObject("baseUrl", this.urls.base());
		return page;
	}

}
