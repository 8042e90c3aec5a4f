package nl.bijeen.demo;

import java.util.List;

import nl.bijeen.accounts.AccountSeeds;
import nl.bijeen.rights.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The demo's two organisations with an administrator each: Movisie (leads most demo events and co-organises the
 * debate) and Werkplaatsen Sociaal Domein (leads the debate). Their one-time passwords are printed once, like
 * the first administrator's.
 */
@Component
class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** User name, display name and organisation slug of each demo organisation administrator. */
	static final List<String[]> ADMINISTRATORS = List.of(
			new String[] { "movisie-beheer", "Beheerder Movisie", "movisie" },
			new String[] { "werkplaatsen-beheer", "Beheerder Werkplaatsen Sociaal Domein", "werkplaatsen-sociaal-domein" });

	private final AccountSeeds accounts;

	DemoAccounts(AccountSeeds accounts) {
		this.accounts = accounts;
	}

	List<AccountSeeds.Created> create(DemoDirectory.Directory directory) {
		return ADMINISTRATORS.stream()
			.flatMap(a -> this.accounts.create(a[0], a[1], directory.organisation(a[2]), Role.ORGANISATION_ADMIN).stream())
			.toList();
	}

	static void print(List<AccountSeeds.Created> accounts) {
		if (accounts.isEmpty()) {
			return;
		}
		StringBuilder lines = new StringBuilder();
		accounts.forEach(a -> lines.append(String.format("%n   user name: %-22s password: %s", a.username(), a.password())));
		log.warn("""

				====================================================================
				 bijeen demo: an administrator for each of two organisations{}
				 These one-time passwords are shown only now. Sign in at /login.
				====================================================================""", lines);
	}

}
