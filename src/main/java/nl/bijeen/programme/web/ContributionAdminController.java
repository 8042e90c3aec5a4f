package nl.bijeen.programme.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.util.List;

import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.programme.ContributionEditor;
import nl.bijeen.programme.InvalidProgrammeException;
import nl.bijeen.programme.Role;
import nl.bijeen.programme.SessionView;
import nl.bijeen.programme.TimetablePart;

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
 * Putting people in a role on the event, a part or a session; reordering and removing them.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
@RequestMapping(ProgrammeAdminSupport.BASE + "/contributions")
class ContributionAdminController {

	private final ProgrammeAdminSupport support;

	private final ContributionEditor editor;

	private final PeopleDirectory people;

	ContributionAdminController(ProgrammeAdminSupport support, ContributionEditor editor,
			PeopleDirectory people) {
		this.support = support;
		this.editor = editor;
		this.people = people;
	}

	@GetMapping("/new")
	String newContribution(@PathVariable long eventId, @RequestParam(name = "part", required = false) Long partId,
			@RequestParam(name = "session", required = false) Long sessionId, Model model) {
		ContributionForm form = ContributionForm.forTarget(partId, sessionId, null);
		form = ContributionForm.forTarget(partId, sessionId, target(eventId, form, model));
		model.addAttribute("contributionForm", form);
		return "programme/admin/contribution-form";
	}

	@PostMapping
	String create(@PathVariable long eventId, @ModelAttribute ContributionForm contributionForm, BindingResult binding,
			Model model, RedirectAttributes flash) {
		target(eventId, contributionForm, model);
		if (binding.hasErrors()) {
			return "programme/admin/contribution-form";
		}
		try {
			this.editor.add(eventId, contributionForm.toTarget(), contributionForm.getPersonId(),
					contributionForm.getRole());
			flash.addFlashAttribute(Notice.FLASH, List.of(Notice.success("programme.admin.contributionAdded")));
			return ProgrammeAdminSupport.overview(eventId);
		}
		catch (InvalidProgrammeException ex) {
			FormErrors.apply(ex, binding);
			return "programme/admin/contribution-form";
		}
	}

	@PostMapping("/{contributionId}/move")
	String move(@PathVariable long eventId, @PathVariable long contributionId, @RequestParam int direction) {
		this.editor.move(eventId, contributionId, direction);
		return ProgrammeAdminSupport.overview(eventId);
	}

	@PostMapping("/{contributionId}/delete")
	String delete(@PathVariable long eventId, @PathVariable long contributionId, RedirectAttributes flash) {
		this.editor.remove(eventId, contributionId);
		flash.addFlashAttribute(Notice.FLASH, List.of(Notice.success("programme.admin.contributionRemoved")));
		return ProgrammeAdminSupport.overview(eventId);
	}

	/**
	 * Puts the event, the target (part or session, checked to belong to the event), people and roles in the
	 * model; answers the part for a part target.
	 */
	private TimetablePart target(long eventId, ContributionForm form, Model model) {
		model.addAttribute("event", this.support.event(eventId));
		TimetablePart part = null;
		if (form.getSessionId() != null) {
			SessionView session = this.support.session(eventId, form.getSessionId());
			model.addAttribute("targetSession", session);
		}
		else if (form.getPartId() != null) {
			part = this.support.part(eventId, form.getPartId());
			model.addAttribute("targetPart", part);
		}
		model.addAttribute("people", this.people.peopleByName());
		model.addAttribute("roles", Role.values());
		return part;
	}

}
