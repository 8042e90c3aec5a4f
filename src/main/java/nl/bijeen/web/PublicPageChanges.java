package nl.bijeen.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears what changes public content: the domain events of bijeen's modules (a registration, a moved or
 * cancelled event, a renamed session, ...) and every aggregate saved or deleted through Spring Data (an
 * edited event, person, organisation, theme, statement page), gathers them per transaction and, after the
 * commit, publishes one {@link PublicContentChanged} naming the modules and kinds. The rendered pages
 * ({@link PublicPageVersion}) and the search documents react to it. Deliberately coarse: clearing costs one
 * rendering per page, and a rush of changes clears at most once per poll.
 */
@Component
class PublicPageChanges {

	private static final Object KEY = new Object();

	private static final String BIJEEN = "nl.bijeen.";

	private final ApplicationEventPublisher events;

	PublicPageChanges(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(AbstractRelationalEvent<?> event) {
		if (event instanceof AfterSaveEvent<?> || event instanceof AfterDeleteEvent<?>) {
			changed(event.getType());
		}
	}

	@EventListener
	void on(PayloadApplicationEvent<?> event) {
		Class<?> type = event.getPayload().getClass();
		if (type.getName().startsWith(BIJEEN) && type != PublicContentChanged.class) {
			changed(type);
		}
	}

	private void changed(Class<?> type) {
		String name = type.getName().substring(BIJEEN.length());
		String module = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.events.publishEvent(new PublicContentChanged(Set.of(module), Set.of(type.getSimpleName())));
			return;
		}
		Changes changes = (Changes) TransactionSynchronizationManager.getResource(KEY);
		if (changes == null) {
			changes = new Changes();
			TransactionSynchronizationManager.bindResource(KEY, changes);
			TransactionSynchronizationManager.registerSynchronization(changes);
		}
		changes.modules.add(module);
		changes.kinds.add(type.getSimpleName());
	}

	/** The changes of one transaction, told after its commit. */
	private final class Changes implements TransactionSynchronization {

		final Set<String> modules = new LinkedHashSet<>();

		final Set<String> kinds = new LinkedHashSet<>();

		@Override
		public void afterCommit() {
			// unbound first: what is changed from here on belongs to the next transaction
			TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
			PublicPageChanges.this.events.publishEvent(new PublicContentChanged(this.modules, this.kinds));
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
		}

	}

}
