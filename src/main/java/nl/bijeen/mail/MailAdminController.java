package nl.bijeen.mail;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.rights.Actor;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Rights;
import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' view of the outbox: how many mails are where, which ones wait or were given up, and the
 * last ones sent; given-up mails can be retried one by one or all at once. The platform administrator sees the
 * whole outbox; an organisation's administrator the mails about the events their organisation organises and the
 * mails to its accounts, and a mail outside that is "not found".
 */
@Guard(Need.ORGANISATION)
@Controller
@RequestMapping("/admin/mail")
class MailAdminController {

	static final int LIST_LIMIT = 100;

	static final int SENT_LIMIT = 50;

	private final OutboxOverview overview;

	private final Rights rights;

	MailAdminController(OutboxOverview overview, Rights rights) {
		this.overview = overview;
		this.rights = rights;
	}

	@GetMapping
	String overview(Model model) {
		MailScope scope = scope();
		model.addAttribute("counts", this.overview.counts(scope));
		model.addAttribute("dead", this.overview.findByStatus(MailStatus.DEAD, LIST_LIMIT, scope));
		model.addAttribute("pending", this.overview.findByStatus(MailStatus.PENDING, LIST_LIMIT, scope));
		model.addAttribute("sent", this.overview.findByStatus(MailStatus.SENT, SENT_LIMIT, scope));
		model.addAttribute("listLimit", LIST_LIMIT);
		model.addAttribute("scoped", !scope.everything());
		return "mail/admin";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		MailScope scope = scope();
		if (!this.overview.visible(id, scope)) {
			throw new NotFoundException("No mail " + id);
		}
		boolean retried = this.overview.retry(id, scope, Instant.now());
		redirect.addFlashAttribute("notice", retried ? "mail.admin.retried" : "mail.admin.notRetried");
		return "redirect:/admin/mail";
	}

	@PostMapping("/retry-dead")
	String retryAllDead(RedirectAttributes redirect) {
		int count = this.overview.retryAllDead(scope(), Instant.now());
		redirect.addFlashAttribute("notice", "mail.admin.retriedAll");
		redirect.addFlashAttribute("noticeCount", count);
		return "redirect:/admin/mail";
	}

	/** What the signed-in administrator may see: everything, or their organisation's part. */
	private MailScope scope() {
		Actor reader = this.rights.current();
		if (reader.platformAdmin()) {
			return MailScope.ALL;
		}
		return new MailScope(false, reader.organisationId(), this.rights.visibleEvents(reader).eventIds());
	}

}
