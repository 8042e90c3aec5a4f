package nl.bijeen.agenda;

import nl.bijeen.programme.Role;

/**
 * A person in a role, in a programme part or a session.
 */
record Contributor(Role role, PersonRef person) {

}
