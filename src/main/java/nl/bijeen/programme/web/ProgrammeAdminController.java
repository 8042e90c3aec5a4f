package nl.bijeen.programme.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.programme.Programmes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The programme of an event as a timetable for organisers, with links to change it.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
@RequestMapping(ProgrammeAdminSupport.BASE)
class ProgrammeAdminController {

	private final ProgrammeAdminSupport support;

	private final Programmes programmes;

	ProgrammeAdminController(ProgrammeAdminSupport support, Programmes programmes) {
		this.support = support;
		this.programmes = programmes;
	}

	@GetMapping
	String overview(@PathVariable long eventId, Model model) {
		model.addAttribute("event", this.support.event(eventId));
		model.addAttribute("timetable", this.programmes.of(eventId));
		return "programme/admin/overview";
	}

	/**
	 * Unknown events, parts, sessions or contributions in any programme admin URL: a 404 page.
	 */
	@org.springframework.web.bind.annotation.ControllerAdvice(basePackageClasses = ProgrammeAdminController.class)
	static class NotFoundAdvice {

		@ExceptionHandler(NotFoundException.class)
		void notFound(HttpServletResponse response) throws IOException {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}

	}

}
