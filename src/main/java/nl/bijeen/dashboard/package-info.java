/**
 * The dashboard (issue 12): figures of one event ({@code /admin/events/{id}/dashboard}: key figures,
 * registrations over time, fill rate and waiting lists per workshop, attendance and no-shows) and the same
 * figures across the events an account may see ({@code /admin/dashboard}, with a CSV of them), as charts drawn on
 * the server ({@link nl.bijeen.common.charts}) with their figures as tables.
 * <p>
 * Decisions worth knowing:
 * <ul>
 * <li>The dashboard owns no tables. Its figures come from the owning modules' read models, which aggregate in the
 * database: {@link nl.bijeen.registration.RegistrationFigures} (per day, per session, per event and status),
 * {@link nl.bijeen.attendance.Presence#counts} and {@link nl.bijeen.attendance.SessionsAttended#countsBySession},
 * {@link nl.bijeen.events.EventOutlines} for the events of a period.</li>
 * <li>Registrations over time count every registration on the day it was made, also those cancelled later
 * (labelled so); the net number after cancellations is given beside it.</li>
 * <li>No-shows are participants with a place who were not checked in, counted only once an event has begun.</li>
 * <li>The overview covers published events starting from twelve months ago to twelve months ahead that the
 * account may see ({@link nl.bijeen.rights.Rights#visibleEvents()}); the charts show at most 20 events each, the
 * table all of them a page at a time, the CSV all of them. An event counts for its lead organisation in the
 * platform administrator's breakdown.</li>
 * <li>Only counts are shown and exported, no personal data, so viewing and exporting are not audited.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package nl.bijeen.dashboard;
