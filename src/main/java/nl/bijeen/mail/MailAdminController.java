package nl.bijeen.mail;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
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
 * last ones sent; given-up mails can be retried one by one or all at once.
 */
@Guard(Need.PLATFORM)
@Controller
@RequestMapping("/admin/mail")
class MailAdminController {

	static final int LIST_LIMIT = 100;

	static final int SENT_LIMIT = 50;

	private final OutboxOverview overview;

	MailAdminController(OutboxOverview overview) {
		this.overview = overview;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("counts", this.overview.counts());
		model.addAttribute("dead", this.overview.findByStatus(MailStatus.DEAD, LIST_LIMIT));
		model.addAttribute("pending", this.overview.findByStatus(MailStatus.PENDING, LIST_LIMIT));
		model.addAttribute("sent", this.overview.findByStatus(MailStatus.SENT, SENT_LIMIT));
		model.addAttribute("listLimit", LIST_LIMIT);
		return "mail/admin";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		boolean retried = this.overview.retry(id, Instant.now());
		redirect.addFlashAttribute("notice", retried ? "mail.admin.retried" : "mail.admin.notRetried");
		return "redirect:/admin/mail";
	}

	@PostMapping("/retry-dead")
	String retryAllDead(RedirectAttributes redirect) {
		int count = this.overview.retryAllDead(Instant.now());
		redirect.addFlashAttribute("notice", "mail.admin.retriedAll");
		redirect.addFlashAttribute("noticeCount", count);
		return "redirect:/admin/mail";
	}

}
