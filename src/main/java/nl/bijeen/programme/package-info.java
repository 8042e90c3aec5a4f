/**
 * The programme of an event: its parts in time order, rounds of parallel sessions (workshops), and the
 * people who contribute in a role.
 * <p>
 * Other modules use:
 * <ul>
 * <li>{@link nl.bijeen.programme.Programmes} to read: {@code of(eventId)} gives the
 * {@link nl.bijeen.programme.Timetable}, {@code contributorsOf(eventId)} the people grouped by role,
 * {@code sessionsOfEvent(eventId)} and {@code session(id)} the sessions to choose from when registering;</li>
 * <li>{@link nl.bijeen.programme.ProgrammeEditor} and {@link nl.bijeen.programme.ContributionEditor} to
 * change a programme under its rules (problems come as {@link nl.bijeen.programme.InvalidProgrammeException}
 * with a message key per field);</li>
 * <li>{@link nl.bijeen.programme.ProgrammeCopier#copyProgramme(long, long, java.time.Duration)} to copy a
 * programme to a duplicated event;</li>
 * <li>{@link nl.bijeen.programme.SessionRemoval} to move or release the people who chose a session that is
 * deleted;</li>
 * <li>{@link nl.bijeen.programme.SessionOccupancy}, provided by registration, to tell the organiser who
 * chose a session;</li>
 * <li>{@link nl.bijeen.programme.PartRenamedOrMoved} and {@link nl.bijeen.programme.SessionRenamedOrMoved}
 * (old and new values) to tell participants about a changed programme.</li>
 * </ul>
 * Message keys for kinds and roles ({@code programme.kind.*}, {@code programme.role.*},
 * {@code programme.roles.*} for plurals) are in {@code messages/programme*.properties}.
 */
package nl.bijeen.programme;
