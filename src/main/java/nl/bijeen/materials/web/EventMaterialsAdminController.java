package nl.bijeen.materials.web;

import jakarta.servlet.http.HttpServletResponse;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.materials.Material;
import nl.bijeen.materials.MaterialOwner;
import nl.bijeen.materials.Materials;
import nl.bijeen.programme.ProgrammeRows;
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
 * The materials of an event and its sessions: the list, the upload form, deleting after a confirmation.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
@RequestMapping("/admin/events/{eventId}/materials")
class EventMaterialsAdminController {

	private final Materials materials;

	private final MaterialUploads uploads;

	private final EventCatalog events;

	private final ProgrammeRows programme;

	EventMaterialsAdminController(Materials materials, MaterialUploads uploads, EventCatalog events,
			ProgrammeRows programme) {
		this.materials = materials;
		this.uploads = uploads;
		this.events = events;
		this.programme = programme;
	}

	@GetMapping
	String list(@PathVariable long eventId, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new MaterialForm());
		}
		return show(eventId, model);
	}

	@PostMapping
	String upload(@PathVariable long eventId, @ModelAttribute("form") MaterialForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		event(eventId);
		MaterialOwner owner = form.getSessionId() == null ? MaterialOwner.event(eventId)
				: MaterialOwner.session(eventId, form.getSessionId());
		Material stored = this.uploads.upload(owner, form, result);
		if (stored == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(eventId, model);
		}
		return screens(eventId).uploaded(redirect, stored);
	}

	@GetMapping("/{materialId}/delete")
	String confirmDelete(@PathVariable long eventId, @PathVariable long materialId, Model model) {
		return screens(eventId).confirmDelete(model, event(eventId).getTitle(),
				this.materials.find(MaterialOwner.event(eventId), materialId));
	}

	@PostMapping("/{materialId}/delete")
	String delete(@PathVariable long eventId, @PathVariable long materialId, RedirectAttributes redirect) {
		event(eventId);
		Material material = this.materials.find(MaterialOwner.event(eventId), materialId);
		this.materials.delete(MaterialOwner.event(eventId), materialId);
		return screens(eventId).deleted(redirect, material);
	}

	private String show(long eventId, Model model) {
		Event event = event(eventId);
		screens(eventId).owner(model, event.getTitle());
		var sessions = this.programme.sessionsOf(eventId);
		model.addAttribute("sessions", sessions);
		model.addAttribute("sessionTitles", sessions.stream()
			.collect(java.util.stream.Collectors.toMap(s -> s.id(), s -> s.title(), (a, b) -> a)));
		model.addAttribute("materials", this.materials.of(MaterialOwner.event(eventId)));
		model.addAttribute("maxFileSize", this.materials.maxFileSizeText());
		model.addAttribute("publicPath", event.isPublic() ? "/evenementen/" + event.getSlug() : null);
		return "materials/admin";
	}

	private static MaterialScreens screens(long eventId) {
		return MaterialScreens.of("/admin/events/" + eventId);
	}

	private Event event(long eventId) {
		return this.events.event(eventId).orElseThrow(() -> new NotFoundException("No such event"));
	}

}
