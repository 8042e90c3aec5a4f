package nl.bijeen.registration.internal;

import nl.bijeen.events.Event;
import nl.bijeen.programme.Session;

import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * A saved event or session brings its place counters in line with its capacities in the same transaction
 * (see {@link Capacities#apply(Event)}): a lowered capacity holds the moment the change commits, on every
 * instance, and a raised one goes to the people waiting before anyone else can take it.
 */
@Component
class CapacityChanges {

	private final Capacities capacities;

	CapacityChanges(Capacities capacities) {
		this.capacities = capacities;
	}

	@EventListener
	void saved(AfterSaveEvent<?> saved) {
		if (saved.getEntity() instanceof Event event) {
			this.capacities.apply(event);
		}
		else if (saved.getEntity() instanceof Session session) {
			this.capacities.apply(session);
		}
	}

}
