/**
 * Badges and presence lists (issue 12): name badges for an event's participants with a place, several to an A4
 * sheet, and presence lists per session or for the whole event to sign on paper, both as PDF (Apache PDFBox).
 * <p>
 * Decisions worth knowing:
 * <ul>
 * <li>Only participants with a place get a badge or a line (the registration module's
 * {@link nl.bijeen.registration.ParticipantsWithPlace}: status CONFIRMED, not waiting, not awaiting approval, not
 * cancelled). They are read from a database cursor one at a time and drawn at once; what stays in memory is the
 * PDF's small page objects, while the pages' content goes to a scratch file ({@code PdfDocuments}). Nothing is
 * written to the response before the document is complete, so a failure is an error page, not half a PDF.</li>
 * <li>Text is set in DejaVu Sans, embedded as a subset (TrueType, wide Unicode coverage: Latin with every
 * accent, Greek, Cyrillic and more); a character no font has is printed as a question mark rather than failing.
 * Long names and organisations shrink, then wrap, then are shortened with an ellipsis, so they always fit.
 * Right-to-left and complex scripts are drawn glyph by glyph, without shaping.</li>
 * <li>"pagina 1 van 3": a presence list's page numbers are written when the list is complete, so the total is the
 * number of pages actually drawn.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Badges")
package nl.bijeen.badges;
