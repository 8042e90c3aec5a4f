package nl.bijeen.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list: the items, the page number (from 0), the page size and the total number of items.
 */
@Schema(description = "One page of a list")
record ApiPage<T>(List<T> items, int page, int size, long total, int totalPages) {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	static <T> ApiPage<T> of(List<T> items, int page, int size, long total) {
		return new ApiPage<>(items, page, size, total, (int) ((total + size - 1) / size));
	}

	/**
	 * A page cut from a complete, already ordered list.
	 */
	static <T> ApiPage<T> slice(List<T> all, int page, int size) {
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return of(List.copyOf(all.subList(from, to)), page, size, all.size());
	}

}
