/**
 * Editable content pages such as the privacy statement ({@code /privacy}) and the accessibility statement
 * ({@code /toegankelijkheid}), in Dutch and English, maintained by administrators under
 * {@code /admin/pages}.
 */
package nl.bijeen.pages;
