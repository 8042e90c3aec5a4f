package nl.bijeen.registration.web;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import nl.bijeen.registration.internal.RegistrationProperties;
import nl.bijeen.registration.internal.RegistrationProperties.RateLimitStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where the rate limit's token buckets live. {@code database}: table {@code rate_limit_bucket}, one row per
 * client address, taken with {@code select ... for update} in a short transaction of its own (Bucket4j's
 * PostgreSQL store), shared by every instance; the rows of buckets that are full again are deleted.
 * {@code local}, and always on the embedded H2 database (one instance): in this instance's memory.
 */
@Component
class RateLimitBuckets {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RateLimitBuckets.class);

	private final BucketConfiguration configuration;

	private final JdbcClient jdbc;

	private final ProxyManager<String> shared;

	private final Map<String, Bucket> local;

	RateLimitBuckets(RegistrationProperties properties, DataSource dataSource, JdbcClient jdbc) {
		int limit = properties.getRateLimit();
		this.configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, properties.getRatePeriod()).build())
			.build();
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
	 * Takes one token from the client's bucket.
	 * @return false when the bucket is empty
	 */
	boolean tryConsume(String key) {
		if (this.shared != null) {
			return this.shared.getProxy(key, () -> this.configuration).tryConsume(1);
		}
		return this.local.computeIfAbsent(key, k -> Bucket.builder().addLimit(this.configuration.getBandwidths()[0]).build())
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
