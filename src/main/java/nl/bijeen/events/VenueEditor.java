package nl.bijeen.events;

import java.util.Objects;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes venues; a venue that events use cannot be deleted.
 */
@Service
@Transactional
public class VenueEditor {

	private final Venues venues;

	VenueEditor(Venues venues) {
		this.venues = venues;
	}

	@Transactional(readOnly = true)
	public Venue get(long id) {
		return this.venues.findById(id).orElseThrow(() -> new NotFoundException("No venue " + id));
	}

	public Venue create(VenueDetails details) {
		return this.venues.save(details.toVenue(null, null));
	}

	public Venue update(long id, Integer version, VenueDetails details) {
		Venue current = get(id);
		return this.venues.save(details.toVenue(id, Objects.requireNonNullElse(version, current.version())));
	}

	@Transactional(propagation = Propagation.NESTED)
	public void delete(long id) {
		get(id);
		try {
			this.venues.deleteById(id);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("venue.inUse", "Events still take place at this venue.");
		}
	}

}
