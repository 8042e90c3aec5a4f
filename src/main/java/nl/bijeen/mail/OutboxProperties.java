package nl.bijeen.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the mail outbox and its background sender. The SMTP server itself is configured with
 * Spring Boot's {@code spring.mail.*} properties.
 */
@ConfigurationProperties("bijeen.mail")
@Validated
public class OutboxProperties {

	/**
	 * Whether this instance runs the background sender. Every instance may run it: claims keep them from
	 * sending the same mail twice. Tests switch it off and call the sender themselves.
	 */
	private boolean enabled = true;

	/**
	 * Sender address of every mail.
	 */
	@NotBlank
	@Email
	private String from = "noreply@localhost";

	/**
	 * Name shown with the sender address, e.g. the name of the organisation running bijeen.
	 */
	private String fromName = "bijeen";

	/**
	 * Address that replies go to, e.g. the organisers' shared mailbox; none when empty.
	 */
	@Email
	private String replyTo;

	/**
	 * Most mails one poll claims and sends before it claims the next batch.
	 */
	@Min(1)
	private int batchSize = 20;

	/**
	 * Pause between the end of one poll for due mails and the start of the next.
	 */
	@NotNull
	private Duration pollInterval = Duration.ofSeconds(2);

	/**
	 * Failed attempts after which a mail is given up (status DEAD) until an organiser retries it.
	 */
	@Min(1)
	private int maxAttempts = 8;

	/**
	 * Wait after the first failed attempt; every next failure waits four times longer (30 s, 2 min, 8 min,
	 * ...), up to {@code backoff-max}.
	 */
	@NotNull
	private Duration backoffBase = Duration.ofSeconds(30);

	/**
	 * Longest wait between two attempts.
	 */
	@NotNull
	private Duration backoffMax = Duration.ofHours(6);

	/**
	 * The lease of a claim on a batch of mails: an instance renews it for the rest of its batch while it
	 * sends (each time a third of it has passed), so only the claims of an instance that died (or hangs)
	 * expire, and another instance then sends those mails: within this lease plus one poll interval. Keep it
	 * above the SMTP time-outs ({@code spring.mail.properties.mail.smtp.*timeout}).
	 */
	@NotNull
	private Duration claimTimeout = Duration.ofSeconds(45);

	/**
	 * Name of this instance in claims; by default the host name with a random suffix.
	 */
	private String instanceId;

	/**
	 * How long sent mails, which contain personal data, stay visible in the overview before they are deleted.
	 */
	@NotNull
	private Duration retention = Duration.ofDays(30);

	/**
	 * How long given-up mails (which still hold their content, personal link included, so that an organiser
	 * can retry them) stay before they are deleted; counted from the last attempt.
	 */
	@NotNull
	private Duration failedRetention = Duration.ofDays(30);

	/**
	 * The configured instance id, or a generated one that is unique for this run.
	 */
	String instanceIdOrDefault() {
		if (this.instanceId != null && !this.instanceId.isBlank()) {
			return this.instanceId;
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "bijeen";
		}
		String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
		return name.length() > 120 ? name.substring(name.length() - 120) : name;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getFromName() {
		return this.fromName;
	}

	public void setFromName(String fromName) {
		this.fromName = fromName;
	}

	public String getReplyTo() {
		return this.replyTo;
	}

	public void setReplyTo(String replyTo) {
		this.replyTo = replyTo;
	}

	public int getBatchSize() {
		return this.batchSize;
	}

	public void setBatchSize(int batchSize) {
		this.batchSize = batchSize;
	}

	public Duration getPollInterval() {
		return this.pollInterval;
	}

	public void setPollInterval(Duration pollInterval) {
		this.pollInterval = pollInterval;
	}

	public int getMaxAttempts() {
		return this.maxAttempts;
	}

	public void setMaxAttempts(int maxAttempts) {
		this.maxAttempts = maxAttempts;
	}

	public Duration getBackoffBase() {
		return this.backoffBase;
	}

	public void setBackoffBase(Duration backoffBase) {
		this.backoffBase = backoffBase;
	}

	public Duration getBackoffMax() {
		return this.backoffMax;
	}

	public void setBackoffMax(Duration backoffMax) {
		this.backoffMax = backoffMax;
	}

	public Duration getClaimTimeout() {
		return this.claimTimeout;
	}

	public void setClaimTimeout(Duration claimTimeout) {
		this.claimTimeout = claimTimeout;
	}

	public String getInstanceId() {
		return this.instanceId;
	}

	public void setInstanceId(String instanceId) {
		this.instanceId = instanceId;
	}

	public Duration getFailedRetention() {
		return this.failedRetention;
	}

	public void setFailedRetention(Duration failedRetention) {
		this.failedRetention = failedRetention;
	}

	public Duration getRetention() {
		return this.retention;
	}

	public void setRetention(Duration retention) {
		this.retention = retention;
	}

}
