package nl.bijeen.people;

/**
 * How an organisation presents itself beyond its name (issue 10): its accent colour (checked for WCAG AA
 * contrast, see {@link Contrast}), contact details, whether it uploaded a logo, and how many months after
 * an event it leads registrations keep their personal data.
 *
 * @param accentColour {@code #rrggbb}, or {@code null} for the site's own colour
 * @param retentionMonths {@code null}: the platform's default period
 */
public record OrganisationFace(String accentColour, String contactEmail, String contactPhone,
		Integer retentionMonths, boolean hasLogo) {

	public static final OrganisationFace NONE = new OrganisationFace(null, null, null, null, false);

}
