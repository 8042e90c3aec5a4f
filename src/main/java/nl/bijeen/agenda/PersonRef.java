package nl.bijeen.agenda;

/**
 * A person as shown with an event: name, link and a short description ("Lector, Hogeschool Inholland").
 */
record PersonRef(long id, String slug, String name, String description) {

}
