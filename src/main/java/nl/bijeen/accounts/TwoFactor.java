package nl.bijeen.accounts;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238: SHA-1, 6 digits, 30 seconds; library
 * {@code dev.samstevens.totp}), and ten one-time recovery codes for when the phone is lost, stored as
 * SHA-256 hashes and shown once. A code is accepted in the current 30-second step or the one before or after
 * (clocks differ), and each step only once, so an overheard code cannot be used again.
 */
@Service
public class TwoFactor {

	static final int PERIOD = 30;

	private static final String ISSUER = "bijeen";

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountStore store;

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	TwoFactor(JdbcClient jdbc, AccountStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/** A new secret (160 bits, base32) to set up an app with. */
	public String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	/** The QR code an app scans to set up the secret, as a {@code data:image/png} URI. */
	public String qrCode(String secret, String username) {
		QrData data = new QrData.Builder().label(username)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD)
			.build();
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			generator.setImageSize(240);
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the code fits the secret now (for setting up; not remembered). */
	public boolean fits(String secret, String code) {
		return matchingStep(secret, code).isPresent();
	}

	/**
	 * Turns two-factor sign-in on with a secret the app showed a fitting code for.
	 * @return the new recovery codes, to show once
	 */
	@Transactional
	public List<String> enable(String username, String secret) {
		AccountStatus account = this.store.byUsername(username).orElseThrow();
		this.jdbc.sql("delete from account_two_factor where account_id = :id").param("id", account.id()).update();
		this.jdbc
			.sql("insert into account_two_factor (account_id, secret, enabled_at) values (:id, :secret, :now)")
			.param("id", account.id())
			.param("secret", secret)
			.param("now", SignInThrottle.now())
			.update();
		return newRecoveryCodes(account.id());
	}

	@Transactional
	public void disable(String username) {
		this.store.byUsername(username).ifPresent(account -> {
			this.jdbc.sql("delete from account_two_factor where account_id = :id").param("id", account.id()).update();
			this.jdbc.sql("delete from recovery_code where account_id = :id").param("id", account.id()).update();
		});
	}

	/**
	 * New recovery codes; the earlier ones stop working.
	 */
	@Transactional
	public List<String> renewRecoveryCodes(String username) {
		return newRecoveryCodes(this.store.byUsername(username).orElseThrow().id());
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(String username) {
		return this.jdbc
			.sql("select count(*) from recovery_code c join account a on a.id = c.account_id"
					+ " where a.username = :username and c.used_at is null")
			.param("username", username)
			.query(Integer.class)
			.single();
	}

	/**
	 * Checks a code from the app, or a recovery code, of the account; each is accepted once.
	 */
	@Transactional
	public boolean verify(String username, String code) {
		AccountStatus account = this.store.byUsername(username).orElse(null);
		if (account == null || code == null) {
			return false;
		}
		String cleaned = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (cleaned.matches("\\d{6}")) {
			Optional<String> secret = this.jdbc.sql("select secret from account_two_factor where account_id = :id")
				.param("id", account.id())
				.query(String.class)
				.optional();
			Optional<Long> step = secret.flatMap(s -> matchingStep(s, cleaned));
			return step.isPresent() && this.jdbc
				.sql("update account_two_factor set last_used_step = :step where account_id = :id"
						+ " and (last_used_step is null or last_used_step < :step)")
				.param("step", step.get())
				.param("id", account.id())
				.update() == 1;
		}
		return this.jdbc
			.sql("update recovery_code set used_at = :now where account_id = :id and code_hash = :hash and used_at is null")
			.param("now", SignInThrottle.now())
			.param("id", account.id())
			.param("hash", ApiTokenService.hash(cleaned))
			.update() == 1;
	}

	private List<String> newRecoveryCodes(long accountId) {
		this.jdbc.sql("delete from recovery_code where account_id = :id").param("id", accountId).update();
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
			}
			this.jdbc.sql("insert into recovery_code (account_id, code_hash) values (:id, :hash)")
				.param("id", accountId)
				.param("hash", ApiTokenService.hash(code.toString()))
				.update();
			shown.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return shown;
	}

	private Optional<Long> matchingStep(String secret, String code) {
		if (code == null || !code.strip().matches("\\d{6}")) {
			return Optional.empty();
		}
		long now = System.currentTimeMillis() / 1000 / PERIOD;
		try {
			for (long step = now - 1; step <= now + 1; step++) {
				if (this.codes.generate(secret, step).equals(code.strip())) {
					return Optional.of(step);
				}
			}
		}
		catch (CodeGenerationException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	static LocalDateTime now() {
		return SignInThrottle.now();
	}

}
