package nl.bijeen.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How bijeen trusts and limits incoming requests.
 */
@ConfigurationProperties("bijeen.web")
public class WebProperties {

	/**
	 * The reverse proxies whose {@code X-Forwarded-For}, {@code -Proto} and {@code -Host} headers are believed:
	 * comma-separated CIDR ranges (or one regular expression). Requests from any other address are taken at
	 * face value and their forwarded headers ignored, so a client cannot pick the address its rate limit is
	 * counted for. Default: loopback only (a proxy on the same machine). Applied to Tomcat's
	 * {@code RemoteIpValve} ({@code server.tomcat.remoteip.internal-proxies}); a request forwarded as
	 * {@code https} by a trusted proxy counts as secure, so its session cookie is {@code Secure}.
	 */
	private String trustedProxies = "127.0.0.0/8, ::1/128";

	/**
	 * Largest request body of the public forms (registration, personal page, sign-in).
	 */
	private DataSize maxFormBody = DataSize.ofKilobytes(64);

	/**
	 * Largest request body of the organisers' forms under {@code /admin} (rich text descriptions and
	 * statement pages).
	 */
	private DataSize maxAdminBody = DataSize.ofKilobytes(512);

	/**
	 * Largest request body of the REST API under {@code /api}.
	 */
	private DataSize maxApiBody = DataSize.ofKilobytes(256);

	/**
	 * Where the rate limits' allowances (registrations, insights, newsletter sign-ups per client) are kept:
	 * {@code database} (a row per limit and client, shared by every instance on the database, so a client gets no
	 * more by reaching another instance) or {@code local} (in this instance's memory, at most
	 * {@code rate-limit-clients} clients: for a single instance only). On the embedded H2 database, which serves
	 * one instance, they are always local.
	 */
	private RateLimitStore rateLimitStore = RateLimitStore.DATABASE;

	/**
	 * How many clients (over all limits) the local store remembers at most (the oldest are forgotten first).
	 */
	private int rateLimitClients = 10_000;

	public String getTrustedProxies() {
		return this.trustedProxies;
	}

	public void setTrustedProxies(String trustedProxies) {
		this.trustedProxies = trustedProxies;
	}

	public DataSize getMaxFormBody() {
		return this.maxFormBody;
	}

	public void setMaxFormBody(DataSize maxFormBody) {
		this.maxFormBody = maxFormBody;
	}

	public DataSize getMaxAdminBody() {
		return this.maxAdminBody;
	}

	public void setMaxAdminBody(DataSize maxAdminBody) {
		this.maxAdminBody = maxAdminBody;
	}

	public DataSize getMaxApiBody() {
		return this.maxApiBody;
	}

	public void setMaxApiBody(DataSize maxApiBody) {
		this.maxApiBody = maxApiBody;
	}

	public RateLimitStore getRateLimitStore() {
		return this.rateLimitStore;
	}

	public void setRateLimitStore(RateLimitStore rateLimitStore) {
		this.rateLimitStore = rateLimitStore;
	}

	public int getRateLimitClients() {
		return this.rateLimitClients;
	}

	public void setRateLimitClients(int rateLimitClients) {
		this.rateLimitClients = rateLimitClients;
	}

	/**
	 * Where the rate limits' allowances are kept.
	 */
	public enum RateLimitStore {

		/** Shared by every instance on the database. */
		DATABASE,

		/** In this instance's memory: for a single instance only. */
		LOCAL

	}

}
