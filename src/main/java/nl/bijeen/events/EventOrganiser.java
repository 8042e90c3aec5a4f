package nl.bijeen.events;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation that (co-)organises an event; exactly one organiser leads.
 */
@Table("event_organiser")
public record EventOrganiser(Long organisationId, boolean lead, int position) {

}
