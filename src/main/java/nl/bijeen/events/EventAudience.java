package nl.bijeen.events;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An audience an event is meant for.
 */
@Table("event_audience")
public record EventAudience(Long audienceId) {

}
