package nl.bijeen.pages;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Zones;
import nl.bijeen.pages.web.PageForm;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds and changes content pages; refuses to overwrite a change someone else made in the meantime.
 */
@Service
class PageEditor {

	private final Pages pages;

	private final Clock clock;

	PageEditor(Pages pages) {
		this.pages = pages;
		this.clock = Clock.system(Zones.AMSTERDAM);
	}

	Page page(String slug) {
		return this.pages.findBySlug(slug).orElseThrow(() -> new NotFoundException("No page " + slug));
	}

	List<Page> all() {
		return this.pages.findAllByOrderBySlugAsc();
	}

	@Transactional
	Page update(String slug, PageForm form) {
		Page page = page(slug);
		if (form.getVersion() == null || !form.getVersion().equals(page.version())) {
			throw new ConflictException("pages.edit.conflict", "Page " + slug + " was changed by someone else");
		}
		return this.pages.save(page.withTexts(form.getTitleNl(), form.getBodyNl(), form.getTitleEn(),
				form.getBodyEn(), LocalDateTime.now(this.clock)));
	}

}
