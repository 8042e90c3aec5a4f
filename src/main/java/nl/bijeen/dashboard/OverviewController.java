package nl.bijeen.dashboard;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import nl.bijeen.common.Zones;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Figures across the events the account may see ({@code /admin/dashboard}), the table a page at a time, and all
 * of them as CSV. Counts only (no personal data), so not audited.
 */
@Guard(Need.EVENTS)
@Controller
class OverviewController {

	static final int PAGE_SIZE = 50;

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setQuoteMode(QuoteMode.MINIMAL)
		.setRecordSeparator("\r\n")
		.get();

	private final Overviews overviews;

	private final MessageSource messages;

	OverviewController(Overviews overviews, MessageSource messages) {
		this.overviews = overviews;
		this.messages = messages;
	}

	@GetMapping("/admin/dashboard")
	String overview(@ModelAttribute("period") PeriodForm period, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		Overview overview = overview(period, errors, locale);
		int pages = Math.max(1, (overview.rows().size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		model.addAttribute("overview", overview);
		model.addAttribute("rows", overview.rows()
			.subList(current * PAGE_SIZE, Math.min(overview.rows().size(), (current + 1) * PAGE_SIZE)));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		return "dashboard/overview";
	}

	@GetMapping("/admin/dashboard.csv")
	void csv(@ModelAttribute("period") PeriodForm period, BindingResult errors, Locale locale,
			HttpServletResponse response) throws IOException {
		Overview overview = overview(period, errors, locale);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("cijfers-" + LocalDate.now(Zones.AMSTERDAM) + ".csv").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, FORMAT);
		printer.printRecord(List.of("id", text("dashboard.csv.event", locale), text("dashboard.csv.date", locale),
				text("dashboard.csv.organisation", locale), text("dashboard.places", locale),
				text("dashboard.csv.registered", locale), text("dashboard.confirmed", locale),
				text("dashboard.waitlisted", locale), text("dashboard.ended", locale),
				text("dashboard.fillRate", locale), text("dashboard.present", locale), text("dashboard.noShows", locale),
				text("dashboard.table.mark", locale)));
		for (OverviewRow row : overview.rows()) {
			printer.printRecord(row.event().id(), safe(row.event().title()), row.event().startsAt().toLocalDate(),
					row.organisation() == null ? "" : safe(row.organisation()),
					row.event().places() == null ? "" : row.event().places(), row.counts().registered(),
					row.counts().confirmed(), row.counts().waitlisted(), row.counts().ended(),
					row.fillRate() == null ? "" : row.fillRate(), row.begun() ? row.present() : "",
					row.begun() ? row.noShows() : "", row.mark() == null ? ""
							: this.messages.getMessage("dashboard.scores.mark", new Object[] { row.mark() }, locale));
		}
		printer.flush();
	}

	private Overview overview(PeriodForm period, BindingResult errors, Locale locale) {
		LocalDateTime now = LocalDateTime.now(Zones.AMSTERDAM);
		LocalDate[] days = period.days(now.toLocalDate(), errors);
		return this.overviews.current(days[0], days[1], now, locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** A cell a spreadsheet would take for a formula gets a leading apostrophe. */
	static String safe(String cell) {
		return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

}
