package nl.bijeen.programme;

import java.util.List;

import nl.bijeen.people.Person;

/**
 * Everyone who contributes to an event in one role, each person once: e.g. all speakers. See
 * {@link Programmes#contributorsOf(long)}.
 *
 * @param role the role
 * @param people the people in that role, in programme order (event-wide first, then by time)
 */
public record ContributorGroup(Role role, List<Person> people) {

}
