package nl.bijeen.privacy.web;

import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.bijeen.privacy.PrivacyOverview;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The processing register (verwerkingsregister): each purpose for which bijeen processes personal data, as a
 * printable page and as a CSV file.
 */
@Guard(Need.ORGANISATION)
@Controller
class ProcessingRegisterController {

	private final PrivacyOverview overview;

	private final MessageSource messages;

	ProcessingRegisterController(PrivacyOverview overview, MessageSource messages) {
		this.overview = overview;
		this.messages = messages;
	}

	@GetMapping("/admin/privacy/verwerkingsregister")
	String show(Model model, Locale locale) {
		model.addAttribute("columns", PrivacyOverview.COLUMNS);
		model.addAttribute("rows", this.overview.register(locale));
		return "privacy/register";
	}

	@GetMapping("/admin/privacy/verwerkingsregister.csv")
	ResponseEntity<byte[]> csv(Locale locale) throws java.io.IOException {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			List<String> header = new ArrayList<>();
			header.add(this.messages.getMessage("privacy.register.column.purpose", null, locale));
			PrivacyOverview.COLUMNS
				.forEach(c -> header.add(this.messages.getMessage("privacy.register.column." + c, null, locale)));
			printer.printRecord(header);
			for (PrivacyOverview.Processing row : this.overview.register(locale)) {
				List<String> cells = new ArrayList<>();
				cells.add(row.purpose());
				cells.addAll(row.cells());
				printer.printRecord(cells);
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("verwerkingsregister.csv").build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

}
