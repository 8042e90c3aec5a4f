package nl.bijeen.newsletter.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The organiser's form of an edition. Items are chosen by ticking their key ({@code ARTICLE-12}, {@code EVENT-3})
 * and ordered by the number in {@code positions} (lowest first) or with the move buttons ({@code move=up:KEY}).
 */
public class EditionForm {

	@NotBlank(message = "{newsletter.form.title.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String title;

	@Size(max = 20000, message = "{validation.tooLong}")
	private String introduction;

	@Size(max = 60, message = "{validation.tooMany}")
	private List<String> items = new ArrayList<>();

	@Size(max = 200, message = "{validation.tooMany}")
	private Map<String, Integer> positions = new HashMap<>();

	@Size(max = 200, message = "{validation.tooMany}")
	private Set<Long> themeIds = new HashSet<>();

	/** A move button that was pressed: {@code up:KEY} or {@code down:KEY}. */
	private String move;

	public String getTitle() { return this.title; }
	public void setTitle(String title) { this.title = title; }
	public String getIntroduction() { return this.introduction; }
	public void setIntroduction(String introduction) { this.introduction = introduction; }
	public List<String> getItems() { return this.items; }
	public void setItems(List<String> items) { this.items = items; }
	public Map<String, Integer> getPositions() { return this.positions; }
	public void setPositions(Map<String, Integer> positions) { this.positions = positions; }
	public Set<Long> getThemeIds() { return this.themeIds; }
	public void setThemeIds(Set<Long> themeIds) { this.themeIds = themeIds; }
	public String getMove() { return this.move; }
	public void setMove(String move) { this.move = move; }

	/**
	 * The ticked items in their order: by position number (unnumbered ones last, in the order ticked), then the
	 * pressed move button applied.
	 */
	public List<String> orderedItems() {
		List<String> ordered = new ArrayList<>(new java.util.LinkedHashSet<>(this.items));
		ordered.sort(java.util.Comparator.comparing((String key) -> this.positions.getOrDefault(key, Integer.MAX_VALUE)));
		if (this.move != null && this.move.indexOf(':') > 0) {
			String direction = this.move.substring(0, this.move.indexOf(':'));
			int at = ordered.indexOf(this.move.substring(this.move.indexOf(':') + 1));
			int to = "up".equals(direction) ? at - 1 : at + 1;
			if (at >= 0 && to >= 0 && to < ordered.size()) {
				java.util.Collections.swap(ordered, at, to);
			}
		}
		return ordered;
	}

}
