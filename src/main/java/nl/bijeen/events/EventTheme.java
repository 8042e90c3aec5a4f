package nl.bijeen.events;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A theme an event belongs to.
 */
@Table("event_theme")
public record EventTheme(Long themeId) {

}
