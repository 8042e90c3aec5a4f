package nl.bijeen.programme.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.util.ArrayList;
import java.util.List;

import nl.bijeen.common.ConflictException;
import nl.bijeen.programme.InvalidProgrammeException;
import nl.bijeen.programme.ProgrammeEditor;
import nl.bijeen.programme.Saved;
import nl.bijeen.programme.Session;
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
 * Adding, changing, reordering and deleting the sessions of a round.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
@RequestMapping(ProgrammeAdminSupport.BASE)
class SessionAdminController {

	private final ProgrammeAdminSupport support;

	private final ProgrammeEditor editor;

	private final SessionRemovalScreens removals;

	SessionAdminController(ProgrammeAdminSupport support, ProgrammeEditor editor, SessionRemovalScreens removals) {
		this.support = support;
		this.editor = editor;
		this.removals = removals;
	}

	@GetMapping("/parts/{partId}/sessions/new")
	String newSession(@PathVariable long eventId, @PathVariable long partId, Model model) {
		model.addAttribute("sessionForm", new SessionForm());
		return form(eventId, this.support.part(eventId, partId), null, model);
	}

	@PostMapping("/parts/{partId}/sessions")
	String create(@PathVariable long eventId, @PathVariable long partId, @ModelAttribute SessionForm sessionForm,
			BindingResult binding, Model model, RedirectAttributes flash) {
		TimetablePart round = this.support.part(eventId, partId);
		if (binding.hasErrors()) {
			return form(eventId, round, null, model);
		}
		try {
			Saved<Session> saved = this.editor.addSession(eventId, partId, sessionForm.toDetails());
			flash.addFlashAttribute(Notice.FLASH, notices("programme.admin.sessionAdded", saved));
			return ProgrammeAdminSupport.overview(eventId);
		}
		catch (InvalidProgrammeException ex) {
			FormErrors.apply(ex, binding);
			return form(eventId, round, null, model);
		}
	}

	@GetMapping("/sessions/{sessionId}/edit")
	String edit(@PathVariable long eventId, @PathVariable long sessionId, Model model) {
		SessionView session = this.support.session(eventId, sessionId);
		SessionForm form = SessionForm.of(session);
		form.setVersion(this.support.versionOfSession(sessionId));
		model.addAttribute("sessionForm", form);
		return form(eventId, this.support.part(eventId, session.roundId()), session, model);
	}

	@PostMapping("/sessions/{sessionId}")
	String update(@PathVariable long eventId, @PathVariable long sessionId, @ModelAttribute SessionForm sessionForm,
			BindingResult binding, Model model, RedirectAttributes flash) {
		SessionView session = this.support.session(eventId, sessionId);
		TimetablePart round = this.support.part(eventId, session.roundId());
		if (binding.hasErrors()) {
			return form(eventId, round, session, model);
		}
		try {
			Saved<Session> saved = this.editor.updateSession(eventId, sessionId, sessionForm.toDetails(),
					sessionForm.getVersion());
			flash.addFlashAttribute(Notice.FLASH, notices("programme.admin.sessionSaved", saved));
			return ProgrammeAdminSupport.overview(eventId);
		}
		catch (InvalidProgrammeException ex) {
			FormErrors.apply(ex, binding);
			return form(eventId, round, session, model);
		}
		catch (ConflictException ex) {
			binding.reject(ex.getCode());
			sessionForm.setVersion(this.support.versionOfSession(sessionId));
			return form(eventId, round, session, model);
		}
	}

	@PostMapping("/sessions/{sessionId}/move")
	String move(@PathVariable long eventId, @PathVariable long sessionId, @RequestParam int direction) {
		this.editor.moveSession(eventId, sessionId, direction);
		return ProgrammeAdminSupport.overview(eventId);
	}

	@GetMapping("/sessions/{sessionId}/delete")
	String confirmDelete(@PathVariable long eventId, @PathVariable long sessionId, Model model) {
		model.addAttribute("removal", new SessionRemovalForm());
		return deleteScreen(eventId, this.support.session(eventId, sessionId), model);
	}

	/**
	 * Deletes the session; the people who chose it are moved to another session of the round or their choice
	 * is released, as the organiser chose (a choice is needed only when someone chose the session).
	 */
	@PostMapping("/sessions/{sessionId}/delete")
	String delete(@PathVariable long eventId, @PathVariable long sessionId,
			@ModelAttribute("removal") SessionRemovalForm removal, BindingResult binding, Model model,
			RedirectAttributes flash) {
		SessionView session = this.support.session(eventId, sessionId);
		if (binding.hasErrors()) {
			return deleteScreen(eventId, session, model);
		}
		Long moveTo = null;
		if (this.removals.holders(sessionId).total() > 0) {
			if (SessionRemovalForm.MOVE.equals(removal.getChoice())) {
				moveTo = removal.getMoveTo();
				if (moveTo == null) {
					binding.rejectValue("moveTo", "programme.session.moveTo.missing");
				}
			}
			else if (!SessionRemovalForm.RELEASE.equals(removal.getChoice())) {
				binding.rejectValue("choice", "programme.session.removal.missing");
			}
			if (binding.hasErrors()) {
				return deleteScreen(eventId, session, model);
			}
		}
		try {
			this.editor.deleteSession(eventId, sessionId, moveTo);
			flash.addFlashAttribute(Notice.FLASH, List.of(Notice.success("programme.admin.sessionDeleted", session.title())));
		}
		catch (InvalidProgrammeException ex) {
			FormErrors.apply(ex, binding);
			return deleteScreen(eventId, session, model);
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute(Notice.FLASH, List.of(Notice.error(ex.getCode())));
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			// Someone's registration changed while their session was being removed: nothing was removed.
			flash.addFlashAttribute(Notice.FLASH, List.of(Notice.error("programme.admin.removal.changedMeanwhile")));
		}
		return ProgrammeAdminSupport.overview(eventId);
	}

	private String deleteScreen(long eventId, SessionView session, Model model) {
		model.addAttribute("event", this.support.event(eventId));
		model.addAttribute("workshop", session);
		this.removals.sessionScreen(session, this.support.part(eventId, session.roundId()), model);
		return "programme/admin/session-delete";
	}

	private static List<Notice> notices(String code, Saved<Session> saved) {
		List<Notice> notices = new ArrayList<>();
		notices.add(Notice.success(code, saved.value().title()));
		saved.warnings().forEach(w -> notices.add(Notice.warning(w)));
		return notices;
	}

	private String form(long eventId, TimetablePart round, SessionView session, Model model) {
		model.addAttribute("event", this.support.event(eventId));
		model.addAttribute("round", round);
		model.addAttribute("workshop", session);
		return "programme/admin/session-form";
	}

}
