package nl.bijeen.agenda;

import java.time.LocalDateTime;
import java.util.stream.Collectors;

import nl.bijeen.agenda.web.AgendaFilterForm;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Theme;
import nl.bijeen.events.Themes;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.Organisations;
import nl.bijeen.people.People;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Contribution;
import nl.bijeen.programme.Contributions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of themes, organisations and people, each with their public events.
 */
@Controller
class DirectoryController {

	static final int PERSON_EVENTS = 50;

	private final Themes themes;

	private final Organisations organisations;

	private final People people;

	private final Contributions contributions;

	private final AgendaQuery query;

	private final AgendaTime time;

	DirectoryController(Themes themes, Organisations organisations, People people, Contributions contributions,
			AgendaQuery query, AgendaTime time) {
		this.themes = themes;
		this.organisations = organisations;
		this.people = people;
		this.contributions = contributions;
		this.query = query;
		this.time = time;
	}

	@GetMapping("/themas")
	String themes(Model model) {
		model.addAttribute("themes", this.themes.findAllByOrderByNameAsc());
		return "agenda/themes";
	}

	@GetMapping("/themas/{slug}")
	String theme(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
		Theme theme = this.themes.findBySlug(slug).orElseThrow(() -> new NotFoundException("No theme " + slug));
		model.addAttribute("theme", theme);
		return withEvents(AgendaFilter.theme(slug), new AgendaFilterForm(slug, null, null, null, null, null, null, page),
				model, "agenda/theme");
	}

	@GetMapping("/organisaties")
	String organisations(Model model) {
		model.addAttribute("organisations", this.organisations.findAllByOrderByNameAsc());
		return "agenda/organisations";
	}

	@GetMapping("/organisaties/{slug}")
	String organisation(@PathVariable String slug, @RequestParam(name = "page", required = false) String page,
			Model model) {
		Organisation organisation = this.organisations.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("No organisation " + slug));
		model.addAttribute("organisation", organisation);
		return withEvents(AgendaFilter.organisation(slug),
				new AgendaFilterForm(null, null, null, null, slug, null, null, page), model, "agenda/organisation");
	}

	@GetMapping("/personen/{slug}")
	String person(@PathVariable String slug, Model model) {
		Person person = this.people.findBySlug(slug).orElseThrow(() -> new NotFoundException("No person " + slug));
		LocalDateTime now = this.time.now();
		AgendaFilter filter = AgendaFilter.person(person.id());
		model.addAttribute("person", person);
		model.addAttribute("organisation",
				person.organisationId() == null ? null : this.organisations.findById(person.organisationId()).orElse(null));
		model.addAttribute("upcoming", this.query.find(filter, AgendaPeriod.UPCOMING, 1, PERSON_EVENTS, now));
		model.addAttribute("past", this.query.find(filter, AgendaPeriod.PAST, 1, PERSON_EVENTS, now));
		model.addAttribute("roles", this.contributions.findByPersonId(person.id())
			.stream()
			.collect(Collectors.groupingBy(Contribution::eventId,
					Collectors.mapping(Contribution::role, Collectors.toCollection(java.util.TreeSet::new)))));
		return "agenda/person";
	}

	/**
	 * Adds a page of upcoming events, paging links ({@code ?page=n}) and a link to the matching archive.
	 *
	 * @param form the same selection as agenda filter, for the archive link and the requested page
	 */
	private String withEvents(AgendaFilter filter, AgendaFilterForm form, Model model, String view) {
		model.addAttribute("page", this.query.find(filter, AgendaPeriod.UPCOMING, form.pageNumber(),
				AgendaController.PAGE_SIZE, this.time.now()));
		model.addAttribute("archiveLink", "/archief" + form.query(1));
		model.addAttribute("pager", AgendaFilterForm.NONE);
		return view;
	}

}
