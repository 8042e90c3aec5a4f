package nl.bijeen.accounts;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The API tokens issued to accounts.
 */
interface ApiTokens extends ListCrudRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHashAndRevokedFalse(String tokenHash);

	List<ApiToken> findByAccountId(Long accountId);

	List<ApiToken> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId);

	List<ApiToken> findByOrganisationIdOrderByCreatedAtDescIdDesc(Long organisationId);

	List<ApiToken> findAllByOrderByCreatedAtDescIdDesc();

	/**
	 * Records a use without touching the version, so that parallel calls with one token do not conflict.
	 */
	@Modifying
	@Query("update api_token set last_used_at = :at where id = :id")
	void markUsed(Long id, LocalDateTime at);

}
