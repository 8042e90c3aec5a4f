package nl.bijeen.registration.admin;

import java.util.Locale;

import nl.bijeen.registration.internal.RegistrationStatus;

/**
 * The search form above the participant list (GET parameters, so a search can be bookmarked): text,
 * status, order and page. Unknown values fall back to the defaults instead of failing.
 */
public class ParticipantSearch {

	static final int MAX_SEARCH = 100;

	private String q;

	private String status;

	private String sort;

	private Integer page;

	private Integer wpage;

	public ParticipantCriteria toCriteria(Long eventId, int size) {
		String search = this.q == null || this.q.isBlank() ? null : this.q.strip();
		if (search != null && search.length() > MAX_SEARCH) {
			search = search.substring(0, MAX_SEARCH);
		}
		return new ParticipantCriteria(eventId, search, statusOrNull(), null, null,
				ParticipantSort.parse(this.sort, ParticipantSort.NAME), this.page == null ? 0 : Math.max(0, this.page),
				size);
	}

	/**
	 * The page of the waiting list shown below the list, from 0.
	 */
	public int waitingPage() {
		return this.wpage == null ? 0 : Math.max(0, this.wpage);
	}

	private RegistrationStatus statusOrNull() {
		if (this.status == null || this.status.isBlank()) {
			return null;
		}
		try {
			return RegistrationStatus.valueOf(this.status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

	public Integer getWpage() {
		return this.wpage;
	}

	public void setWpage(Integer wpage) {
		this.wpage = wpage;
	}

}
