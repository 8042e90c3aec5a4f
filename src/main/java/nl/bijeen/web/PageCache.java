package nl.bijeen.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

	PageCache(PublicPagesProperties properties, MeterRegistry meters) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.getPageCacheMaxSize().toBytes())
			.weigher((String key, CachedPage page) -> page.weight() + key.length())
			.expireAfterWrite(properties.getPageCacheTimeToLive())
			.recordStats()
			.build();
		// Hits are answered before the request observation: they are counted here (cache.gets{cache=public.pages}).
		CaffeineCacheMetrics.monitor(meters, this.pages, "public.pages");
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

	/** A page being rendered now by one request, which others may wait for. */
	final class Rendering {

		private final String key;

		private final CompletableFuture<CachedPage> page;

		private final boolean leader;

		Rendering(String key, CompletableFuture<CachedPage> page, boolean leader) {
			this.key = key;
			this.page = page;
			this.leader = leader;
		}

		void rendered(CachedPage rendered) {
			this.page.complete(rendered);
		}

		void done() {
			if (this.leader) {
				this.page.complete(null);
				PageCache.this.rendering.remove(this.key, this.page);
			}
		}

	}

	private final Map<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

	/** Registers this request as the one rendering the page (unless another already is). */
	Rendering startRendering(String key) {
		CompletableFuture<CachedPage> mine = new CompletableFuture<>();
		CompletableFuture<CachedPage> other = this.rendering.putIfAbsent(key, mine);
		return (other == null) ? new Rendering(key, mine, true) : new Rendering(key, other, false);
	}

	/** The page another request is rendering now, once it is done (at most a few seconds); else null. */
	CachedPage awaitRendering(String key) {
		CompletableFuture<CachedPage> other = this.rendering.get(key);
		if (other == null) {
			return null;
		}
		try {
			return other.get(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
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
