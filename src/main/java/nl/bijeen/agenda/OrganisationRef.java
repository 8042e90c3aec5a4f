package nl.bijeen.agenda;

/**
 * An organisation as shown next to an event: name and link.
 */
record OrganisationRef(String slug, String name) {

}
