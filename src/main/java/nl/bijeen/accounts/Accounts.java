package nl.bijeen.accounts;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The accounts that can sign in.
 */
interface Accounts extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

}
