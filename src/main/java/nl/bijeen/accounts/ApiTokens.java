package nl.bijeen.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The API tokens issued to accounts.
 */
public interface ApiTokens extends ListCrudRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHashAndRevokedFalse(String tokenHash);

	List<ApiToken> findByAccountId(Long accountId);

}
