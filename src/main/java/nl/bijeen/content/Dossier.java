package nl.bijeen.content;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A theme made into a dossier: an introduction (Markdown) and a curated, ordered selection of events,
 * articles, public files and external links.
 */
@Table("dossier")
record Dossier(@Id Long themeId, String intro, LocalDateTime updatedAt, @Version Integer version,
		@MappedCollection(idColumn = "theme_id", keyColumn = "position") List<Item> items) {

	/** What a dossier entry points to. */
	enum Kind {

		EVENT, ARTICLE, LINK, MATERIAL

	}

	/**
	 * One entry: an event, an article, or an external link with its title.
	 */
	@Table("dossier_item")
	record Item(Kind kind, Long eventId, Long articleId, String url, String title, Long materialId) {

		static Item event(long id) {
			return new Item(Kind.EVENT, id, null, null, null, null);
		}

		static Item article(long id) {
			return new Item(Kind.ARTICLE, null, id, null, null, null);
		}

		static Item link(String url, String title) {
			return new Item(Kind.LINK, null, null, url, title, null);
		}

		static Item material(long id) {
			return new Item(Kind.MATERIAL, null, null, null, null, id);
		}

	}

}
