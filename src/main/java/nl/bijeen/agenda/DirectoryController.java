package nl.bijeen.agenda;

import java.time.Duration;
import java.time.LocalDateTime;

import nl.bijeen.agenda.web.AgendaFilterForm;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.EventCatalog;
import nl.bijeen.events.Theme;
import nl.bijeen.people.Organisation;
import nl.bijeen.people.OrganisationFaces;
import nl.bijeen.people.PeopleDirectory;
import nl.bijeen.people.Person;
import nl.bijeen.programme.Programmes;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	private final EventCatalog themes;

	private final PeopleDirectory directory;

	private final Programmes programmes;

	private final AgendaQuery query;

	private final AgendaTime time;

	private final OrganisationFaces faces;

	DirectoryController(EventCatalog themes, PeopleDirectory directory, Programmes programmes,
			AgendaQuery query, AgendaTime time, OrganisationFaces faces) {
		this.faces = faces;
		this.themes = themes;
		this.directory = directory;
		this.programmes = programmes;
		this.query = query;
		this.time = time;
	}

	@GetMapping("/themas")
	String themes(Model model) {
		model.addAttribute("themes", this.themes.themes());
		return "agenda/themes";
	}

	@GetMapping("/themas/{slug}")
	String theme(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
		Theme theme = this.themes.themeBySlug(slug).orElseThrow(() -> new NotFoundException("No theme " + slug));
		model.addAttribute("theme", theme);
		return withEvents(AgendaFilter.theme(slug), new AgendaFilterForm(slug, null, null, null, null, null, null, page),
				model, "agenda/theme");
	}

	@GetMapping("/organisaties")
	String organisations(Model model) {
		model.addAttribute("organisations", this.directory.organisationsByName());
		return "agenda/organisations";
	}

	@GetMapping("/organisaties/{slug}")
	String organisation(@PathVariable String slug, @RequestParam(name = "page", required = false) String page,
			Model model) {
		Organisation organisation = this.directory.organisationBySlug(slug)
			.orElseThrow(() -> new NotFoundException("No organisation " + slug));
		model.addAttribute("organisation", organisation);
		model.addAttribute("face", this.faces.face(organisation.id()));
		model.addAttribute("past", this.query.find(AgendaFilter.organisation(slug), AgendaPeriod.PAST, 1, PERSON_EVENTS,
				this.time.now()));
		model.addAttribute("people", this.directory.peopleOf(organisation.id()));
		return withEvents(AgendaFilter.organisation(slug),
				new AgendaFilterForm(null, null, null, null, slug, null, null, page), model, "agenda/organisation");
	}

	/**
	 * The logo an organisation uploaded, with the type detected when it was uploaded.
	 */
	@GetMapping("/organisaties/{slug}/logo")
	ResponseEntity<byte[]> logo(@PathVariable String slug) {
		Organisation organisation = this.directory.organisationBySlug(slug)
			.orElseThrow(() -> new NotFoundException("No organisation " + slug));
		OrganisationFaces.Logo logo = this.faces.logo(organisation.id())
			.orElseThrow(() -> new NotFoundException("No logo for " + slug));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(logo.content());
	}

	/** Everyone who contributes or contributed, by name, with their job and organisation. */
	@GetMapping("/personen")
	String people(Model model) {
		java.util.List<Person> people = this.directory.peopleByName();
		java.util.Map<Long, String> organisations = this.directory.organisationsByName()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Organisation::id, Organisation::name));
		java.util.Map<Long, String> details = new java.util.HashMap<>();
		for (Person person : people) {
			String where = person.organisationId() != null ? organisations.get(person.organisationId())
					: person.affiliation();
			details.put(person.id(), java.util.stream.Stream.of(person.jobTitle(), where)
				.filter(s -> s != null && !s.isBlank())
				.collect(java.util.stream.Collectors.joining(", ")));
		}
		model.addAttribute("people", people);
		model.addAttribute("details", details);
		return "agenda/people";
	}

	@GetMapping("/personen/{slug}")
	String person(@PathVariable String slug, Model model) {
		Person person = this.directory.personBySlug(slug).orElseThrow(() -> new NotFoundException("No person " + slug));
		LocalDateTime now = this.time.now();
		AgendaFilter filter = AgendaFilter.person(person.id());
		model.addAttribute("person", person);
		model.addAttribute("organisation",
				person.organisationId() == null ? null : this.directory.organisation(person.organisationId()).orElse(null));
		model.addAttribute("upcoming", this.query.find(filter, AgendaPeriod.UPCOMING, 1, PERSON_EVENTS, now));
		model.addAttribute("past", this.query.find(filter, AgendaPeriod.PAST, 1, PERSON_EVENTS, now));
		model.addAttribute("roles", this.programmes.rolesOf(person.id()));
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
