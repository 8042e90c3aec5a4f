/**
 * Organisations and roles: who may see and change what. The one place every organiser screen, export, API
 * endpoint and list asks ({@link nl.bijeen.rights.Rights}, {@link nl.bijeen.rights.Guard}). Depends on
 * {@code common} only, so that every module can ask it; it reads who organises which event with SQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rights")
package nl.bijeen.rights;
