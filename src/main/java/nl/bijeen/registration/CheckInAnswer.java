package nl.bijeen.registration;

/**
 * A participant's answer to one of the event's questions the organiser marked "show at check-in", e.g.
 * accessibility needs or dietary wishes; the options of a multiple choice answer joined by commas.
 */
public record CheckInAnswer(String question, String answer) implements java.io.Serializable {

}
