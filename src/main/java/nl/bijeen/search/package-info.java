/**
 * Search across the site: events (with their programme, sessions and people), published articles, people and
 * organisations. On PostgreSQL full-text search with the {@code bijeen_dutch} configuration (Dutch stemming,
 * accents folded), ranked, with highlighted snippets; on H2 a simpler, labelled fallback (words found in the
 * lower-cased, accent-folded text). Other modules and the API read through {@link nl.bijeen.search.Search}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package nl.bijeen.search;
