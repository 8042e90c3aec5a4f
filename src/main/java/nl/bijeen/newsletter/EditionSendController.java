package nl.bijeen.newsletter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletResponse;

import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;
import nl.bijeen.common.RichText;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.Rights;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Previewing, testing and sending an edition, and the subscriber export (the platform's one list: platform
 * administrators only, recorded in the audit log).
 */
@Guard(Need.CONTENT)
@Controller
@RequestMapping("/admin/newsletter")
class EditionSendController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Europe/Amsterdam"));

	private final EditionEditor editor;

	private final EditionSending sending;

	private final Rights rights;

	private final RichText richText;

	private final Subscribers subscribers;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	EditionSendController(EditionEditor editor, EditionSending sending, Rights rights, RichText richText,
			Subscribers subscribers, AuditLog audit, JdbcClient jdbc) {
		this.editor = editor;
		this.sending = sending;
		this.rights = rights;
		this.richText = richText;
		this.subscribers = subscribers;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@GetMapping("/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		Edition edition = this.editor.edition(id, this.rights.organisationScope());
		model.addAttribute("edition", edition);
		model.addAttribute("introductionHtml", this.richText.markdown(edition.introduction()));
		return "newsletter/admin-preview";
	}

	@GetMapping("/{id}/send")
	String confirmSend(@PathVariable long id, Model model) {
		Edition edition = this.editor.edition(id, this.rights.organisationScope());
		model.addAttribute("edition", edition);
		model.addAttribute("recipients", this.sending.recipients(edition));
		model.addAttribute("testAddress", ownAddress());
		return "newsletter/admin-send";
	}

	@PostMapping("/{id}/test")
	String test(@PathVariable long id, @RequestParam(required = false) String to, RedirectAttributes redirect) {
		Edition edition = this.editor.edition(id, this.rights.organisationScope());
		try {
			this.sending.test(edition, (to == null || to.isBlank()) ? ownAddress() : to.strip());
			redirect.addFlashAttribute("flash", "newsletter.admin.testQueued");
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			redirect.addFlashAttribute("flash", "newsletter.admin.testAddressInvalid");
		}
		return "redirect:/admin/newsletter/" + id + "/send";
	}

	@PostMapping("/{id}/send")
	String send(@PathVariable long id, RedirectAttributes redirect) {
		Edition edition = this.editor.edition(id, this.rights.organisationScope());
		boolean started = this.sending.start(edition);
		redirect.addFlashAttribute("flash", started ? "newsletter.admin.sending" : "newsletter.admin.notDraft");
		return "redirect:/admin/newsletter";
	}

	@Guard(Need.PLATFORM)
	@GetMapping("/subscribers.csv")
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename("nieuwsbrief-abonnees.csv").build().toString());
		AtomicInteger rows = new AtomicInteger();
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get());
		printer.printRecord("email", "naam", "taal", "bevestigd", "thema's");
		this.subscribers.eachConfirmed(row -> {
			try {
				printer.printRecord(safe(row.email()), safe(row.name()), row.locale(),
						(row.confirmedAt() != null) ? TIME.format(row.confirmedAt()) : null, safe(row.themes()));
				rows.incrementAndGet();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		printer.flush();
		this.audit.record(AuditAction.SUBSCRIBERS_EXPORTED, null, "newsletter", rows.get() + " subscribers");
	}

	/** A cell a spreadsheet shows as text, never runs as a formula. */
	static String safe(String cell) {
		if (cell == null || cell.isEmpty()) {
			return cell;
		}
		char first = cell.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + cell : cell;
	}

	/** The signed-in account's own address (account is the accounts module's table, read here only). */
	private String ownAddress() {
		Long account = this.rights.current().accountId();
		if (account == null) {
			return null;
		}
		return this.jdbc.sql("select email from account where id = :id").param("id", account).query(String.class)
			.optional().orElse(null);
	}

}
