package nl.bijeen.agenda;

import java.util.List;

import nl.bijeen.programme.Role;

/**
 * Everyone taking part in an event in one role, e.g. all panel members.
 */
record RoleGroup(Role role, List<PersonRef> people) {

	public boolean isPlural() {
		return this.people.size() > 1;
	}

}
