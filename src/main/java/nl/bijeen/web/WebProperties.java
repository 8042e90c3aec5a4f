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

}
