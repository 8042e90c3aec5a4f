package nl.bijeen.registration.internal;

/**
 * The session picked in one round, and optionally a second choice.
 */
public record SessionPick(Long first, Long second) {

}
