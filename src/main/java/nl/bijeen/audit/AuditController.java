package nl.bijeen.audit;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators (an organisation's administrators see their organisation's part): newest first, by event and action, a page at a time, and all of it as CSV.
 */
@Guard(Need.ORGANISATION)
@Controller
class AuditController {

	static final int PAGE_SIZE = 100;

	private final AuditLog log;

	private final AuditProperties properties;

	private final MessageSource messages;

	AuditController(AuditLog log, AuditProperties properties, MessageSource messages) {
		this.log = log;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) Long event, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) Long before, Model model) {
		List<AuditEntry> entries = this.log.page(event, action, before, PAGE_SIZE + 1);
		model.addAttribute("entries", entries.subList(0, Math.min(PAGE_SIZE, entries.size())));
		model.addAttribute("olderThan", (entries.size() > PAGE_SIZE) ? entries.get(PAGE_SIZE - 1).id() : null);
		model.addAttribute("event", event);
		model.addAttribute("action", action);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("retentionDays", this.properties.getRetention().toDays());
		return "audit/list";
	}

	@GetMapping("/admin/audit.csv")
	void csv(@RequestParam(required = false) Long event, @RequestParam(required = false) AuditAction action,
			Locale locale, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"auditlog.csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Writer writer = response.getWriter();
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord(text("audit.col.when", locale), text("audit.col.who", locale),
					text("audit.col.action", locale), text("audit.col.event", locale), text("audit.col.subject", locale),
					"detail", text("audit.col.address", locale));
			Long before = null;
			while (true) {
				List<AuditEntry> page = this.log.page(event, action, before, 1000);
				for (AuditEntry entry : page) {
					csv.printRecord(entry.occurredAt(), entry.actor(), entry.action().name(), entry.eventId(),
							cell(entry.subject()), cell(entry.detail()), entry.clientAddress());
				}
				if (page.size() < 1000) {
					break;
				}
				before = page.get(page.size() - 1).id();
			}
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** Text starting with a formula character is prefixed, so spreadsheets do not run it. */
	static String cell(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
