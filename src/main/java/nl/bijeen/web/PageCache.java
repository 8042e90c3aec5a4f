package nl.bijeen.web;

import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The rendered public pages of this instance (Caffeine), by language and address. Cleared as a whole when
 * anything public pages show changed ({@link PublicPageVersion}); entries also expire after
 * {@code bijeen.public.page-cache-time-to-live}, for what changes with the clock alone.
 */
@Component
class PageCache {

	private final Cache<String, CachedPage> pages;

	/** Raised on every clearing: a page rendered across a clearing is not kept. */
	private final AtomicLong generation = new AtomicLong();

	PageCache(PublicPagesProperties properties) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.getPageCacheMaxSize().toBytes())
			.weigher((String key, CachedPage page) -> page.weight() + key.length())
			.expireAfterWrite(properties.getPageCacheTimeToLive())
			.build();
	}

	CachedPage get(String key) {
		return this.pages.getIfPresent(key);
	}

	long generation() {
		return this.generation.get();
	}

	/** Keeps a page unless the cache was cleared since it began to be rendered (at that generation). */
	void put(String key, CachedPage page, long renderedAtGeneration) {
		if (this.generation.get() == renderedAtGeneration) {
			this.pages.put(key, page);
			if (this.generation.get() != renderedAtGeneration) {
				this.pages.invalidate(key);
			}
		}
	}

	void clear() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	long size() {
		return this.pages.estimatedSize();
	}

}
