package nl.bijeen.agenda;

import java.util.List;

/**
 * A parallel session (workshop) as the public sees it: never with its online breakout link.
 *
 * @param id the session's id (for the materials under it)
 */
record SessionItem(long id, String title, String description, String room, Integer capacity, List<Contributor> contributors) {

}
