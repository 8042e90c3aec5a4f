package nl.bijeen.rights;

import java.time.LocalDateTime;

/**
 * An event as the account screens name it (to give rights on it).
 */
public record EventRef(long id, String title, LocalDateTime startsAt) {

}
