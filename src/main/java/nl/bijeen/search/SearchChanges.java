package nl.bijeen.search;

import java.util.List;

import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears what the search documents are made of changing: an event, programme part, session, person, organisation
 * or article saved or deleted through Spring Data, and the domain events of those modules (a moved event, a
 * renamed session, a file added or deleted, ...). After the transaction commits, {@link SearchIndex} catches up within a second.
 * Registrations, check-ins and mail do not touch documents and are not heard.
 */
@Component
class SearchChanges {

	private static final List<String> SOURCES = List.of("nl.bijeen.events.", "nl.bijeen.programme.",
			"nl.bijeen.people.", "nl.bijeen.content.", "nl.bijeen.materials.");

	private final SearchIndex index;

	SearchChanges(SearchIndex index) {
		this.index = index;
	}

	@EventListener
	void on(AbstractRelationalEvent<?> event) {
		if ((event instanceof AfterSaveEvent<?> || event instanceof AfterDeleteEvent<?>) && fromSource(event.getType())) {
			changed();
		}
	}

	@EventListener
	void on(PayloadApplicationEvent<?> event) {
		if (fromSource(event.getPayload().getClass())) {
			changed();
		}
	}

	private static boolean fromSource(Class<?> type) {
		String name = type.getName();
		return SOURCES.stream().anyMatch(name::startsWith);
	}

	private void changed() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.index.changed();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				SearchChanges.this.index.changed();
			}
		});
	}

}
