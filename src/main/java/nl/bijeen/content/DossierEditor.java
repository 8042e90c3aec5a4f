package nl.bijeen.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.TextRules;
import nl.bijeen.content.web.DossierForm;
import nl.bijeen.events.Event;
import nl.bijeen.events.EventCatalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Makes a theme a dossier, changes its introduction and selection, or makes it an ordinary theme again.
 * The selection is written one entry per line ({@code evenement: slug}, {@code artikel: slug},
 * {@code materiaal: 12} (a public file, by its number or address) or {@code https://… Title}); each line that
 * names nothing known is a field error.
 */
@Service
class DossierEditor {

	static final String EVENT = "evenement:";

	static final String ARTICLE = "artikel:";

	static final String MATERIAL = "materiaal:";

	/** A file's number, alone or in its address ({@code /materialen/12/verslag.pdf}). */
	private static final Pattern MATERIAL_ID = Pattern.compile("^(?:\\S*/materialen/)?(\\d{1,18})(?:/\\S*)?$");

	private final Dossiers dossiers;

	private final Articles articles;

	private final EventCatalog catalog;

	private final ContentTime time;

	private final ObjectProvider<DossierMaterials> materials;

	DossierEditor(Dossiers dossiers, Articles articles, EventCatalog catalog, ContentTime time,
			ObjectProvider<DossierMaterials> materials) {
		this.materials = materials;
		this.dossiers = dossiers;
		this.articles = articles;
		this.catalog = catalog;
		this.time = time;
	}

	Optional<Dossier> of(long themeId) {
		return this.dossiers.findById(themeId);
	}

	DossierForm form(long themeId) {
		DossierForm form = new DossierForm();
		of(themeId).ifPresent(dossier -> {
			form.setDossier(true);
			form.setIntro(dossier.intro());
			form.setVersion(dossier.version());
			List<String> lines = new ArrayList<>();
			for (Dossier.Item item : dossier.items()) {
				switch (item.kind()) {
					case EVENT -> this.catalog.event(item.eventId()).ifPresent(e -> lines.add(EVENT + " " + e.getSlug()));
					case ARTICLE -> this.articles.findById(item.articleId()).ifPresent(a -> lines.add(ARTICLE + " " + a.slug()));
					case LINK -> lines.add(item.url() + " " + item.title());
					case MATERIAL -> lines.add(MATERIAL + " " + item.materialId());
				}
			}
			form.setItems(String.join("\n", lines));
		});
		return form;
	}

	/** The entries of the form, with a field error on {@code items} for each line that is not understood. */
	List<Dossier.Item> items(DossierForm form, Errors errors) {
		List<Dossier.Item> items = new ArrayList<>();
		String text = form.getItems() == null ? "" : form.getItems();
		int number = 0;
		for (String raw : text.split("\\R")) {
			number++;
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			Optional<Dossier.Item> item = parse(line);
			if (item.isEmpty()) {
				errors.rejectValue("items", "content.dossier.items.invalid", new Object[] { number, line }, null);
			}
			else if (items.size() < DossierForm.MAX_ITEMS) {
				items.add(item.get());
			}
		}
		return items;
	}

	private Optional<Dossier.Item> parse(String line) {
		String lower = line.toLowerCase(Locale.ROOT);
		if (lower.startsWith(EVENT)) {
			return this.catalog.eventWithSlug(line.substring(EVENT.length()).strip())
				.filter(Event::isPublic)
				.map(e -> Dossier.Item.event(e.getId()));
		}
		if (lower.startsWith(ARTICLE)) {
			return this.articles.findBySlug(line.substring(ARTICLE.length()).strip()).map(a -> Dossier.Item.article(a.id()));
		}
		if (lower.startsWith(MATERIAL)) {
			Matcher id = MATERIAL_ID.matcher(line.substring(MATERIAL.length()).strip());
			DossierMaterials files = this.materials.getIfAvailable();
			if (!id.matches() || files == null) {
				return Optional.empty();
			}
			return files.publicFile(Long.parseLong(id.group(1)), Locale.ROOT).map(m -> Dossier.Item.material(m.id()));
		}
		String[] parts = line.split("\\s+", 2);
		if (parts.length == 2 && TextRules.isHttpUrl(parts[0]) && parts[0].length() <= 1000 && parts[1].length() <= 200) {
			return Optional.of(Dossier.Item.link(parts[0], parts[1].strip()));
		}
		return Optional.empty();
	}

	@Transactional
	void save(long themeId, DossierForm form, List<Dossier.Item> items) {
		Optional<Dossier> current = of(themeId);
		if (current.isPresent() && !Objects.equals(current.get().version(), form.getVersion())) {
			throw new ConflictException("content.form.conflict", "Dossier " + themeId + " was changed by someone else");
		}
		if (!form.isDossier()) {
			current.ifPresent(this.dossiers::delete);
			return;
		}
		LocalDateTime now = this.time.now();
		String intro = form.getIntro() == null || form.getIntro().isBlank() ? null : form.getIntro().strip();
		this.dossiers.save(new Dossier(themeId, intro, now, current.map(Dossier::version).orElse(null), items));
	}

}
