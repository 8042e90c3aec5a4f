package nl.bijeen.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How public pages are protected and cached: the signed form tokens that stand in for a session, the
 * {@code Cache-Control} of public pages and the in-process cache of rendered pages.
 */
@ConfigurationProperties("bijeen.public")
public class PublicPagesProperties {

	/**
	 * Secret with which the public forms' tokens (registration form, personal page) are signed (HMAC-SHA256).
	 * Every instance behind one load balancer must use the same secret. Empty (the default): a random secret
	 * is created once and kept in the database, which all instances on that database share. Changing it
	 * makes forms that are open in browsers invalid (their senders are asked to reload the page).
	 */
	private String formTokenSecret = "";

	/**
	 * How long a public form stays valid after it was shown; after that sending it asks for a reload.
	 */
	private Duration formTokenMaxAge = Duration.ofHours(4);

	/**
	 * How long browsers and shared caches (a reverse proxy) may show a public page (agenda, event page,
	 * theme, organisation, person and statement pages) without asking again ({@code Cache-Control:
	 * public, max-age}). Pages with personal data are never cached; the registration form is not kept by
	 * shared caches.
	 */
	private Duration maxAge = Duration.ofSeconds(30);

	/**
	 * How long after {@link #maxAge} a cache may still show a public page while it asks for a fresh one in
	 * the background ({@code stale-while-revalidate}).
	 */
	private Duration staleWhileRevalidate = Duration.ofSeconds(30);

	/**
	 * Keep rendered public pages in memory and answer from there (with {@code ETag} and 304 answers).
	 */
	private boolean pageCacheEnabled = true;

	/**
	 * Longest time a rendered page is kept: pages also change with the clock (registration opens, an
	 * event is over), which no domain event announces.
	 */
	private Duration pageCacheTimeToLive = Duration.ofSeconds(10);

	/**
	 * Most memory the rendered pages may take (their bytes, plain and compressed).
	 */
	private DataSize pageCacheMaxSize = DataSize.ofMegabytes(32);

	/**
	 * How often every instance looks at the shared version of the public pages in the database (and
	 * publishes its own changes there), so that a change through any instance clears the rendered pages of
	 * all instances within about this time.
	 */
	private Duration pageVersionPollInterval = Duration.ofMillis(500);

	public String getFormTokenSecret() {
		return this.formTokenSecret;
	}

	public void setFormTokenSecret(String formTokenSecret) {
		this.formTokenSecret = formTokenSecret;
	}

	public Duration getFormTokenMaxAge() {
		return this.formTokenMaxAge;
	}

	public void setFormTokenMaxAge(Duration formTokenMaxAge) {
		this.formTokenMaxAge = formTokenMaxAge;
	}

	public Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Duration maxAge) {
		this.maxAge = maxAge;
	}

	public Duration getStaleWhileRevalidate() {
		return this.staleWhileRevalidate;
	}

	public void setStaleWhileRevalidate(Duration staleWhileRevalidate) {
		this.staleWhileRevalidate = staleWhileRevalidate;
	}

	public boolean isPageCacheEnabled() {
		return this.pageCacheEnabled;
	}

	public void setPageCacheEnabled(boolean pageCacheEnabled) {
		this.pageCacheEnabled = pageCacheEnabled;
	}

	public Duration getPageCacheTimeToLive() {
		return this.pageCacheTimeToLive;
	}

	public void setPageCacheTimeToLive(Duration pageCacheTimeToLive) {
		this.pageCacheTimeToLive = pageCacheTimeToLive;
	}

	public DataSize getPageCacheMaxSize() {
		return this.pageCacheMaxSize;
	}

	public void setPageCacheMaxSize(DataSize pageCacheMaxSize) {
		this.pageCacheMaxSize = pageCacheMaxSize;
	}

	public Duration getPageVersionPollInterval() {
		return this.pageVersionPollInterval;
	}

	public void setPageVersionPollInterval(Duration pageVersionPollInterval) {
		this.pageVersionPollInterval = pageVersionPollInterval;
	}

}
