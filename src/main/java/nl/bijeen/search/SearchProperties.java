package nl.bijeen.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the search documents are kept up to date.
 */
@ConfigurationProperties("bijeen.search")
public class SearchProperties {

	/**
	 * How often all search documents are compared with the events, articles, people and organisations they come
	 * from, besides bringing them up to date after each change: by one instance for all per interval (claimed in
	 * table {@code scheduled_run}; each instance's start counts as a run). Catches changes made another way
	 * (directly in the database, or by an instance that stopped before it caught up).
	 */
	private Duration reconcileInterval = Duration.ofMinutes(10);

	/**
	 * How often an instance looks whether a change it made needs the search documents brought up to date (read
	 * by the scheduler as {@code bijeen.search.catch-up-delay}).
	 */
	private Duration catchUpDelay = Duration.ofMillis(500);

	public Duration getCatchUpDelay() {
		return this.catchUpDelay;
	}

	public void setCatchUpDelay(Duration catchUpDelay) {
		this.catchUpDelay = catchUpDelay;
	}

	public Duration getReconcileInterval() {
		return this.reconcileInterval;
	}

	public void setReconcileInterval(Duration reconcileInterval) {
		this.reconcileInterval = reconcileInterval;
	}

}
