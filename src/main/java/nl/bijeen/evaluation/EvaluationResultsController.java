package nl.bijeen.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.charts.BarChart;
import nl.bijeen.events.Event;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The organiser's results of an evaluation (response rate, charts per question, open answers) and the export of all
 * responses as CSV or XLSX, streamed; exports are recorded in the audit log.
 */
@Guard(value = Need.EVENT, id = "eventId")
@Controller
class EvaluationResultsController {

	private final EvaluationForms forms;

	private final EvaluationResults results;

	private final EvaluationExport export;

	private final AuditLog audit;

	EvaluationResultsController(EvaluationForms forms, EvaluationResults results, EvaluationExport export, AuditLog audit) {
		this.forms = forms;
		this.results = results;
		this.export = export;
		this.audit = audit;
	}

	@GetMapping("/admin/events/{eventId}/evaluation/results")
	String results(@PathVariable Long eventId, Locale locale, Model model) {
		Event event = this.forms.event(eventId);
		EvaluationForm form = form(eventId);
		EvaluationResults.Summary summary = this.results.of(form);
		Map<Long, BarChart> charts = new LinkedHashMap<>();
		summary.questions().stream().filter(r -> r.question().kind() != QuestionKind.OPEN)
			.forEach(r -> charts.put(r.question().id(), this.results.chart(r, locale)));
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		model.addAttribute("summary", summary);
		model.addAttribute("charts", charts);
		return "evaluation/results";
	}

	@GetMapping("/admin/events/{eventId}/evaluation/results.csv")
	void csv(@PathVariable Long eventId, Locale locale, HttpServletResponse response) throws IOException {
		EvaluationForm form = form(eventId);
		start(response, "text/csv;charset=UTF-8", this.forms.event(eventId), "csv", form);
		this.export.csv(form, locale, response.getOutputStream());
		response.flushBuffer();
	}

	@GetMapping("/admin/events/{eventId}/evaluation/results.xlsx")
	void xlsx(@PathVariable Long eventId, Locale locale, HttpServletResponse response) throws IOException {
		EvaluationForm form = form(eventId);
		start(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", this.forms.event(eventId),
				"xlsx", form);
		this.export.xlsx(form, locale, response.getOutputStream());
		response.flushBuffer();
	}

	private void start(HttpServletResponse response, String type, Event event, String extension, EvaluationForm form) {
		this.audit.record(form.anonymous() ? AuditAction.EVALUATION_EXPORTED : AuditAction.PARTICIPANTS_EXPORTED,
				event.getId(), null, "evaluation " + extension);
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(this.export.filename(event.getSlug(), extension), StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	private EvaluationForm form(Long eventId) {
		return this.forms.find(eventId).orElseThrow(() -> new NotFoundException("No evaluation for event " + eventId));
	}

}
