package nl.bijeen.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.bijeen.newsletter.web.EditionForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of an edition's items without JavaScript: by the numbers typed, then the move button pressed.
 */
class EditionFormTests {

	@Test
	void itemsFollowTheirNumbersThenTheMoveButton() {
		EditionForm form = new EditionForm();
		form.setItems(new ArrayList<>(List.of("ARTICLE-1", "EVENT-2", "ARTICLE-3")));
		form.setPositions(new java.util.HashMap<>(Map.of("ARTICLE-1", 3, "EVENT-2", 1, "ARTICLE-3", 2)));
		assertThat(form.orderedItems()).containsExactly("EVENT-2", "ARTICLE-3", "ARTICLE-1");
		form.setMove("up:ARTICLE-1");
		assertThat(form.orderedItems()).containsExactly("EVENT-2", "ARTICLE-1", "ARTICLE-3");
		form.setMove("up:EVENT-2");
		assertThat(form.orderedItems()).containsExactly("EVENT-2", "ARTICLE-3", "ARTICLE-1");
		form.setMove("down:EVENT-2");
		assertThat(form.orderedItems()).containsExactly("ARTICLE-3", "EVENT-2", "ARTICLE-1");
	}

	@Test
	void unnumberedItemsComeLastInTheOrderTicked() {
		EditionForm form = new EditionForm();
		form.setItems(new ArrayList<>(List.of("ARTICLE-9", "EVENT-2", "ARTICLE-9")));
		form.setPositions(new java.util.HashMap<>(Map.of("EVENT-2", 1)));
		assertThat(form.orderedItems()).containsExactly("EVENT-2", "ARTICLE-9");
	}

}
