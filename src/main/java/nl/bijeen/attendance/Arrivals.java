package nl.bijeen.attendance;

import java.util.List;

/**
 * The arrivals of one event: everyone with a place, by name, with their check-in if any.
 */
public record Arrivals(Long eventId, List<Arrival> all) {

	public long arrived() {
		return this.all.stream().filter(Arrival::arrived).count();
	}

	public int expected() {
		return this.all.size();
	}

	public List<Arrival> notArrived() {
		return this.all.stream().filter(a -> !a.arrived()).toList();
	}

}
