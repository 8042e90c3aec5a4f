package nl.bijeen.registration;

/**
 * Published (in a transaction of its own) when a registration was refused because there is no place: the
 * event, or a chosen workshop, is full and has no waiting list. Nothing was stored; the person who tried is
 * told by mail, so that the answer to the registration itself is the same as for any other outcome.
 *
 * @param eventId the event
 * @param email the address that tried to register (lower case)
 * @param name the name given
 * @param locale the language tag of the person (nl, en)
 * @param sessionFull whether a chosen workshop was full (rather than the event itself)
 */
public record RegistrationRefused(Long eventId, String email, String name, String locale, boolean sessionFull) {

}
