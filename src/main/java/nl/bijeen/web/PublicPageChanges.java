package nl.bijeen.web;

import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears what changes public pages: the domain events of bijeen's modules (a registration, a moved or
 * cancelled event, a renamed session, ...) and every aggregate saved or deleted through Spring Data (an
 * edited event, person, organisation, theme, statement page). After the transaction ends, the rendered
 * pages are cleared here and, through {@link PublicPageVersion}, on every instance. Deliberately coarse:
 * clearing costs one rendering per page, and a rush of changes clears at most once per poll.
 */
@Component
class PublicPageChanges {

	private static final Object MARK = new Object();

	private final PublicPageVersion version;

	PublicPageChanges(PublicPageVersion version) {
		this.version = version;
	}

	@EventListener
	void on(AbstractRelationalEvent<?> event) {
		if (event instanceof AfterSaveEvent<?> || event instanceof AfterDeleteEvent<?>) {
			changed(event.getType().getSimpleName());
		}
	}

	@EventListener
	void on(PayloadApplicationEvent<?> event) {
		if (event.getPayload().getClass().getName().startsWith("nl.bijeen.")) {
			changed(event.getPayload().getClass().getSimpleName());
		}
	}

	private void changed(Object cause) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.version.changed(cause);
			return;
		}
		if (TransactionSynchronizationManager.hasResource(MARK)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(MARK, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(MARK);
				PublicPageChanges.this.version.changed(cause);
			}
		});
	}

}
