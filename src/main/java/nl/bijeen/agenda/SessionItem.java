package nl.bijeen.agenda;

import java.util.List;

/**
 * A parallel session (workshop) as the public sees it: never with its online breakout link.
 */
record SessionItem(String title, String description, String room, Integer capacity, List<Contributor> contributors) {

}
