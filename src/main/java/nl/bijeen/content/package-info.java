/**
 * The knowledge around events: articles (news, interviews, previews, reports, columns, background) linked
 * to events, sessions, people, themes and organisations, and dossiers (a theme with an introduction and a
 * curated selection). Drafts and articles scheduled for later are invisible everywhere: every public read
 * goes through {@link nl.bijeen.content.PublicArticles}, which only returns what is published by now.
 * Other modules read through {@link nl.bijeen.content.PublicArticles} and
 * {@link nl.bijeen.content.ContentPages} (the agenda's templates use it as {@code @contentPages}); demo content is written through
 * {@link nl.bijeen.content.ContentSeeds}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package nl.bijeen.content;
