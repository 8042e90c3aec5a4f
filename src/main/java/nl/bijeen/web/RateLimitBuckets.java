package nl.bijeen.web;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import nl.bijeen.web.WebProperties.RateLimitStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where the rate limits' token buckets live. {@code database}: table {@code rate_limit_bucket}, one row per
 * limit and client ({@code name|client}), taken with {@code select ... for update} in a short transaction of its own (Bucket4j's
 * PostgreSQL store), shared by every instance; the rows of buckets that are full again are deleted.
 * {@code local}, and always on the embedded H2 database (one instance): in this instance's memory.
 */
@Component
class RateLimitBuckets {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RateLimitBuckets.class);

	private final Map<RateLimit, BucketConfiguration> configurations = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final ProxyManager<String> shared;

	private final Map<String, Bucket> local;

	RateLimitBuckets(WebProperties properties, DataSource dataSource, JdbcClient jdbc) {
		this.jdbc = jdbc;
		if (properties.getRateLimitStore() == RateLimitStore.DATABASE && onPostgres(jdbc)) {
			this.shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table("rate_limit_bucket")
				.idColumn("id")
				.stateColumn("state")
				.expiresAtColumn("expires_at")
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
				.requestTimeout(Duration.ofSeconds(2))
				.build();
			this.local = null;
		}
		else {
			int max = properties.getRateLimitClients();
			this.shared = null;
			this.local = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
					return size() > max;
				}
			});
		}
	}

	/**
	 * The shared store needs PostgreSQL; the embedded H2 database serves one instance only, whose memory is
	 * then the place for the buckets.
	 */
	private static boolean onPostgres(JdbcClient jdbc) {
		boolean postgres = jdbc.sql("select 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData()
			.getDatabaseProductName()).optional().orElse("").toLowerCase(java.util.Locale.ROOT).contains("postgres");
		if (!postgres) {
			log.info("The rate limit is kept in memory: the embedded database serves a single instance");
		}
		return postgres;
	}

	/**
	 * Takes one token from the client's bucket of this limit.
	 * @return false when the bucket is empty
	 */
	boolean tryConsume(RateLimit limit, String client) {
		String key = limit.name() + "|" + client;
		BucketConfiguration configuration = this.configurations.computeIfAbsent(limit,
				l -> BucketConfiguration.builder()
					.addLimit(Bandwidth.builder().capacity(l.capacity()).refillGreedy(l.capacity(), l.period()).build())
					.build());
		if (this.shared != null) {
			return this.shared.getProxy(key, () -> configuration).tryConsume(1);
		}
		return this.local.computeIfAbsent(key, k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build())
			.tryConsume(1);
	}

	/**
	 * Deletes the rows of buckets that are full again (a missing row is the same as a full bucket). Every
	 * instance may run it: deleting what another instance deleted changes nothing.
	 */
	@Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = TimeUnit.MINUTES)
	int deleteExpired() {
		if (this.shared == null) {
			return 0;
		}
		return this.jdbc.sql("delete from rate_limit_bucket where expires_at < :now")
			.param("now", System.currentTimeMillis())
			.update();
	}

}
