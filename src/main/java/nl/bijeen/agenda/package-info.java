/**
 * What the public sees: the agenda and archive with filters, event pages with programme and structured
 * data, pages of people, organisations and themes, and calendar feeds. Reads the other modules; nothing
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agenda")
package nl.bijeen.agenda;
