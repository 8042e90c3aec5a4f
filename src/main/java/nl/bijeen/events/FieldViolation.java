package nl.bijeen.events;

/**
 * One rule an input breaks: the field (as named in {@link EventDetails}) and a message key.
 */
public record FieldViolation(String field, String code) {

}
