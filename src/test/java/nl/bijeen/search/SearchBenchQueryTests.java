package nl.bijeen.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench/search.sh} compares the search page with the same query run directly in PostgreSQL: the query it
 * runs ({@code bench/search-query.sql}, for pgbench) must be the one bijeen runs for a page of the search page.
 */
class SearchBenchQueryTests {

	@Test
	void theBenchRunsTheQueryBijeenRuns() throws Exception {
		String file = Files.readAllLines(Path.of("bench/search-query.sql"), StandardCharsets.UTF_8)
			.stream()
			.filter(line -> !line.startsWith("--"))
			.collect(Collectors.joining(" "))
			.strip();
		String bijeen = Search.fullTextSql(new SearchQuery("x", null, null, 1, SearchController.PAGE_SIZE));
		assertThat(file).isEqualTo(bijeen + ";");
	}

}
