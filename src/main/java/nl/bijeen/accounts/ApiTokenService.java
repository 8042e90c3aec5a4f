package nl.bijeen.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.rights.Actor;
import nl.bijeen.rights.ApiClient;
import nl.bijeen.rights.Rights;
import nl.bijeen.rights.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues API tokens and resolves them to the organisation they act for. A token is 256 random bits; only its
 * SHA-256 hash is stored, so a leaked database does not leak usable tokens. A token belongs to the organisation
 * of the administrator who made it (none for a platform administrator), carries scopes and expires.
 */
@Service
public class ApiTokenService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final Rights rights;

	ApiTokenService(ApiTokens tokens, Accounts accounts, Rights rights) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.rights = rights;
	}

	/**
	 * Issues a token for the account with the given user name with every scope and no expiry.
	 * @return the token in plain text; it cannot be shown again
	 */
	@Transactional
	public String issue(String username, String name) {
		return issue(username, name, EnumSet.allOf(Scope.class), null);
	}

	/**
	 * Issues a token for the organisation of the account with the given user name.
	 * @return the token in plain text; it cannot be shown again
	 */
	@Transactional
	public String issue(String username, String name, Set<Scope> scopes, LocalDateTime expiresAt) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new IllegalArgumentException("Unknown account " + username));
		Long organisationId = this.rights.ofAccount(account.id()).map(Actor::organisationId).orElse(null);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = "bij_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.save(new ApiToken(null, account.id(), name, hash(token), LocalDateTime.now(), null, false,
				organisationId, Scope.format(scopes), expiresAt, null));
		return token;
	}

	/**
	 * Finds what a token may do when it is valid (not revoked, not expired, its maker's account enabled), and
	 * records when the token was last used (at most once a minute, so that busy scripts do not write on every
	 * call).
	 */
	@Transactional
	public Optional<ApiClient> authenticate(String token) {
		LocalDateTime now = LocalDateTime.now();
		Optional<ApiToken> found = this.tokens.findByTokenHashAndRevokedFalse(hash(token))
			.filter(t -> !t.expiredAt(now));
		Optional<Account> account = found.flatMap(t -> this.accounts.findById(t.accountId())).filter(Account::enabled);
		if (account.isEmpty()) {
			return Optional.empty();
		}
		ApiToken used = found.get();
		if (used.lastUsedAt() == null || used.lastUsedAt().isBefore(now.minusMinutes(1))) {
			this.tokens.markUsed(used.id(), now);
		}
		return Optional.of(new ApiClient(used.id(), used.accountId(), used.organisationId(), used.scopeSet()));
	}

	/**
	 * The tokens the current administrator may see, the newest first: its organisation's; every token for a
	 * platform administrator.
	 */
	@Transactional(readOnly = true)
	public List<ApiToken> visible() {
		Actor actor = this.rights.current();
		if (actor.platformAdmin()) {
			return this.tokens.findAllByOrderByCreatedAtDescIdDesc();
		}
		if (actor.organisationAdmin()) {
			return this.tokens.findByOrganisationIdOrderByCreatedAtDescIdDesc(actor.organisationId());
		}
		return List.of();
	}

	/**
	 * Revokes a token the current administrator may see; a revoked token stops working at once.
	 * @throws NotFoundException when there is no such token for it
	 */
	@Transactional
	public void revoke(long tokenId) {
		ApiToken token = visible().stream()
			.filter(t -> t.id() == tokenId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No token " + tokenId));
		if (!token.revoked()) {
			this.tokens.save(token.revoke());
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
