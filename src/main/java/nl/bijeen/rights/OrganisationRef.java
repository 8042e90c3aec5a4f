package nl.bijeen.rights;

/**
 * An organisation as the account screens name it.
 */
public record OrganisationRef(long id, String name) {

}
