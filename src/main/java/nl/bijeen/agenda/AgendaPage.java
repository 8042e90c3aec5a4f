package nl.bijeen.agenda;

import java.util.List;

/**
 * One page of a list of events, with the total number of matches.
 *
 * @param page the page number, starting at 1
 */
record AgendaPage(List<AgendaItem> items, long total, int page, int size) {

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

}
