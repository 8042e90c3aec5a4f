package nl.bijeen.events.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Rights;
import java.util.Arrays;
import java.util.List;

import nl.bijeen.common.TextRules;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.EventEditor;
import nl.bijeen.events.EventStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' pages to find, create, change, view and preview events.
 */
@Guard(value = Need.EVENT, id = "id")
@Controller
@RequestMapping("/admin/events")
class AdminEventController {

	private final EventCatalog events;

	private final EventEditor editor;

	private final EventFormSupport forms;

	private final EventLabels labels;

	private final Rights rights;

	AdminEventController(EventCatalog events, EventEditor editor, EventFormSupport forms, EventLabels labels,
			Rights rights) {
		this.rights = rights;
		this.events = events;
		this.editor = editor;
		this.forms = forms;
		this.labels = labels;
	}

	@Guard(Need.EVENTS)
	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q, Model model) {
		EventStatus selected = Arrays.stream(EventStatus.values())
			.filter(s -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		String text = (q == null) ? "" : TextRules.withoutControlCharacters(q).strip();
		List<Event> found = this.events.withTitleContaining(selected, text);
		model.addAttribute("events", this.rights.visibleEvents().filter(found, Event::getId));
		model.addAttribute("statuses", EventStatus.values());
		model.addAttribute("status", selected);
		model.addAttribute("q", q);
		this.labels.addTo(model);
		return "admin/events/list";
	}

	@Guard(Need.CREATE_EVENT)
	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("eventForm", new EventForm());
		return form(model, null);
	}

	@Guard(Need.CREATE_EVENT)
	@PostMapping
	String create(@ModelAttribute EventForm eventForm, BindingResult binding, Model model, RedirectAttributes redirect) {
		ownOrganisationOrganises(eventForm);
		Event created = this.forms.save(eventForm, binding, null, this.editor::create);
		if (created == null) {
			return form(model, null);
		}
		redirect.addFlashAttribute("message", "event.created");
		return "redirect:/admin/events/" + created.getId();
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, Model model) {
		model.addAttribute("event", this.editor.get(id));
		this.labels.addTo(model);
		return "admin/events/view";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("eventForm", EventForm.of(this.editor.get(id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute EventForm eventForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		ownOrganisationOrganises(eventForm);
		Event updated = this.forms.save(eventForm, binding, id,
				details -> this.editor.update(id, eventForm.getVersion(), details));
		if (updated == null) {
			return form(model, id);
		}
		redirect.addFlashAttribute("message", "event.updated");
		return "redirect:/admin/events/" + id;
	}

	@GetMapping("/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("event", this.editor.get(id));
		this.labels.addTo(model);
		return "admin/events/preview";
	}

	/**
	 * An organisation administrator's event stays organised by its organisation (the lead when none is chosen),
	 * so nobody takes an event out of their own hands by mistake.
	 */
	private void ownOrganisationOrganises(EventForm form) {
		Long own = this.rights.current().organisationAdmin() ? this.rights.current().organisationId() : null;
		if (own == null) {
			return;
		}
		List<Long> organisers = new java.util.ArrayList<>(form.getOrganiserIds() == null ? List.of() : form.getOrganiserIds());
		if (!organisers.contains(own)) {
			organisers.add(own);
		}
		form.setOrganiserIds(organisers);
		if (form.getLeadOrganiserId() == null) {
			form.setLeadOrganiserId(own);
		}
	}

	private String form(Model model, Long id) {
		model.addAttribute("eventId", id);
		Event event = (id != null) ? this.editor.get(id) : null;
		if (event != null) {
			model.addAttribute("event", event);
		}
		this.forms.addChoices(model, event != null ? event.getVenueId() : null);
		return "admin/events/form";
	}

}
