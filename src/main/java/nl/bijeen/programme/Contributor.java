package nl.bijeen.programme;

import nl.bijeen.people.Person;

/**
 * A person in a role on the programme, as shown to readers.
 *
 * @param contributionId the id of the underlying {@link Contribution} (used by the admin pages to reorder
 * or remove it)
 * @param person the person, as stored in {@code nl.bijeen.people}
 * @param role the role in which the person takes part
 */
public record Contributor(long contributionId, Person person, Role role) {

}
