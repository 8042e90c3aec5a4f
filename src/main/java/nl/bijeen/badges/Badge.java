package nl.bijeen.badges;

import java.util.List;

/**
 * What one badge says besides the event: the participant's name and organisation, and their workshop per round
 * (e.g. "11:00 Workshop A"), in programme order.
 */
record Badge(String name, String organisation, List<String> workshops) {

}
