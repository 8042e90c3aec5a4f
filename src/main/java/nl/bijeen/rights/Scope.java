package nl.bijeen.rights;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an API token may be used for.
 */
public enum Scope {

	/** Reading what is not public (nothing yet beyond the public API). */
	READ,

	/** Creating and changing events, people, organisations, themes, audiences and venues. */
	WRITE,

	/** Reading the registrations (personal data) of the organisation's events. */
	REGISTRATIONS;

	/** Scopes from their stored form, e.g. {@code READ,WRITE}; unknown names are ignored. */
	public static Set<Scope> parse(String stored) {
		Set<Scope> scopes = EnumSet.noneOf(Scope.class);
		if (stored != null) {
			for (String name : stored.split(",")) {
				for (Scope scope : values()) {
					if (scope.name().equals(name.strip())) {
						scopes.add(scope);
					}
				}
			}
		}
		return scopes;
	}

	/** The stored form of scopes. */
	public static String format(Set<Scope> scopes) {
		return scopes.stream().sorted().map(Scope::name).collect(Collectors.joining(","));
	}

}
