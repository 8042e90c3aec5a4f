package nl.bijeen.registration.admin;

import java.util.List;

/**
 * One page of a participant list.
 *
 * @param page the page number, from 0
 * @param total the number of participants on all pages
 */
public record ParticipantPage(List<Participant> items, int page, int size, long total) {

	public int totalPages() {
		return this.size <= 0 ? 1 : (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

}
