package nl.bijeen.accounts;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The accounts that can sign in.
 */
interface Accounts extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	/**
	 * Disables or enables an account.
	 */
	@Modifying
	@Query("update account set enabled = :enabled, version = version + 1 where id = :id")
	void setEnabled(long id, boolean enabled);

}
