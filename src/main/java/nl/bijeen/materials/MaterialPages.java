package nl.bijeen.materials;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What the public pages show of the materials, used from the templates as {@code @materialPages} (the agenda's
 * event page, the content module's article page), so their controllers need not know about materials.
 */
@Component("materialPages")
public class MaterialPages {

	private final PublicMaterials materials;

	MaterialPages(PublicMaterials materials) {
		this.materials = materials;
	}

	/**
	 * An event's public files.
	 * @param own the event's own files
	 * @param bySession each session's files, by session id
	 */
	public record EventMaterials(List<Material> own, Map<Long, List<Material>> bySession) {

		public List<Material> ofSession(Long sessionId) {
			return this.bySession.getOrDefault(sessionId, List.of());
		}

		public boolean isEmpty() {
			return this.own.isEmpty() && this.bySession.isEmpty();
		}

	}

	public EventMaterials ofEvent(long eventId) {
		List<Material> all = this.materials.ofEvent(eventId);
		Map<Long, List<Material>> bySession = new LinkedHashMap<>();
		all.stream().filter(m -> m.sessionId() != null)
			.forEach(m -> bySession.computeIfAbsent(m.sessionId(), k -> new java.util.ArrayList<>()).add(m));
		return new EventMaterials(all.stream().filter(m -> m.sessionId() == null).toList(), bySession);
	}

	public List<Material> ofArticle(long articleId) {
		return this.materials.ofArticle(articleId);
	}

	/** A file's size as people read it: "830 bytes", "48 kB", "1,2 MB" (in the language's notation). */
	public static String size(long bytes, Locale locale) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " kB";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		format.setMinimumFractionDigits(1);
		return format.format(bytes / (1024.0 * 1024.0)) + " MB";
	}

	public String size(Material material, Locale locale) {
		return size(material.size(), locale);
	}

}
