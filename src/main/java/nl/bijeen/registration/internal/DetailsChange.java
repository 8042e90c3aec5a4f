package nl.bijeen.registration.internal;

import java.util.List;
import java.util.Map;

/**
 * What a participant corrects through the personal link: name, organisation, job title and the answers to
 * the event's own questions (by question id; several values for a multiple choice question).
 */
public record DetailsChange(String name, String organisation, String jobTitle, Map<Long, List<String>> answers) {

}
