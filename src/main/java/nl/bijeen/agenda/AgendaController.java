package nl.bijeen.agenda;

import java.time.LocalDateTime;

import nl.bijeen.agenda.web.AgendaFilterForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The public agenda (upcoming events) and the archive (past events), both with filters and paging.
 */
@Controller
class AgendaController {

	static final int PAGE_SIZE = 12;

	private final AgendaQuery query;

	private final AgendaOptions options;

	private final AgendaTime time;

	AgendaController(AgendaQuery query, AgendaOptions options, AgendaTime time) {
		this.query = query;
		this.options = options;
		this.time = time;
	}

	@GetMapping("/")
	String agenda(@ModelAttribute("filter") AgendaFilterForm filter, Model model) {
		return list(filter, AgendaPeriod.UPCOMING, "/", model);
	}

	@GetMapping("/archief")
	String archive(@ModelAttribute("filter") AgendaFilterForm filter, Model model) {
		return list(filter, AgendaPeriod.PAST, "/archief", model);
	}

	private String list(AgendaFilterForm filter, AgendaPeriod period, String path, Model model) {
		LocalDateTime now = this.time.now();
		model.addAttribute("archive", period == AgendaPeriod.PAST);
		model.addAttribute("path", path);
		AgendaOptions.Options options = this.options.forPeriod(period, now);
		model.addAttribute("options", options);
		model.addAttribute("page",
				this.query.find(options.known(filter.toFilter()), period, filter.pageNumber(), PAGE_SIZE, now));
		return "agenda/index";
	}

}
