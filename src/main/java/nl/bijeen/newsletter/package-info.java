/**
 * The newsletter: sign-up with double opt-in ({@code /nieuwsbrief}, and the opt-in of the registration form),
 * themes, personal links to change them or unsubscribe (one click, RFC 8058), editions written by organisers from
 * recent articles and upcoming events, sent to confirmed subscribers through the mail outbox in batches, and the
 * archive of sent editions. Other modules use {@link nl.bijeen.newsletter.Subscriptions} (sign-up, erasure).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsletter")
package nl.bijeen.newsletter;
