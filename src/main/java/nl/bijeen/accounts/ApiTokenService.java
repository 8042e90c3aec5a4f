package nl.bijeen.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import nl.bijeen.common.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues API tokens and resolves them to accounts. A token is 256 random bits; only its SHA-256 hash
 * is stored, so a leaked database does not leak usable tokens.
 */
@Service
public class ApiTokenService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;

	private final Accounts accounts;

	ApiTokenService(ApiTokens tokens, Accounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	/**
	 * Issues a new token for the account with the given user name.
	 * @return the token in plain text; it cannot be shown again
	 */
	@Transactional
	public String issue(String username, String name) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new IllegalArgumentException("Unknown account " + username));
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = "bij_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.save(new ApiToken(null, account.id(), name, hash(token), LocalDateTime.now(), null, false, null));
		return token;
	}

	/**
	 * Finds the enabled account a token belongs to, and records when the token was last used (at most once a
	 * minute, so that busy scripts do not write on every call).
	 */
	@Transactional
	public Optional<Account> authenticate(String token) {
		Optional<ApiToken> found = this.tokens.findByTokenHashAndRevokedFalse(hash(token));
		Optional<Account> account = found.flatMap(t -> this.accounts.findById(t.accountId())).filter(Account::enabled);
		account.ifPresent(a -> {
			LocalDateTime now = LocalDateTime.now();
			ApiToken used = found.get();
			if (used.lastUsedAt() == null || used.lastUsedAt().isBefore(now.minusMinutes(1))) {
				this.tokens.markUsed(used.id(), now);
			}
		});
		return account;
	}

	/**
	 * The tokens of an account, the newest first.
	 */
	@Transactional(readOnly = true)
	public List<ApiToken> list(String username) {
		return this.accounts.findByUsername(username)
			.map(account -> this.tokens.findByAccountIdOrderByCreatedAtDescIdDesc(account.id()))
			.orElse(List.of());
	}

	/**
	 * Revokes one of the account's own tokens; a revoked token stops working at once.
	 * @throws NotFoundException when the account has no such token
	 */
	@Transactional
	public void revoke(String username, long tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter(t -> this.accounts.findByUsername(username).map(a -> a.id().equals(t.accountId())).orElse(false))
			.orElseThrow(() -> new NotFoundException("No token " + tokenId + " of " + username));
		if (!token.revoked()) {
			this.tokens.save(new ApiToken(token.id(), token.accountId(), token.name(), token.tokenHash(),
					token.createdAt(), token.lastUsedAt(), true, token.version()));
		}
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
