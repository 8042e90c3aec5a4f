package nl.bijeen.agenda;

import java.util.List;

/**
 * An event's programme and the people taking part, grouped by role.
 */
record Programme(List<ProgrammeItem> items, List<RoleGroup> roles) {

	/**
	 * Everyone taking part, each once.
	 */
	List<PersonRef> people() {
		return this.roles.stream().flatMap(group -> group.people().stream()).distinct().toList();
	}

}
