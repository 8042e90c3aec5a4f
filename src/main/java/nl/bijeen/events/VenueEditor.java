package nl.bijeen.events;

import java.util.Objects;

import nl.bijeen.common.ConflictException;
import nl.bijeen.common.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes venues; a venue that events use cannot be deleted. Who may change which venue
 * (its organisation's administrators; a shared one the platform administrator) is checked before, by the
 * route's guard ({@code Need.VENUE}).
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

	/**
	 * Creates a venue of the organisation, or a shared one for {@code organisationId} {@code null}.
	 */
	public Venue create(VenueDetails details, Long organisationId) {
		return this.venues.save(details.toVenue(null, organisationId, null));
	}

	/**
	 * Changes the venue's details; it stays with its organisation (or shared).
	 */
	public Venue update(long id, Integer version, VenueDetails details) {
		Venue current = get(id);
		return update(id, version, details, current.organisationId());
	}

	/**
	 * Changes the venue's details and gives it to the organisation, or makes it shared ({@code null}).
	 */
	public Venue update(long id, Integer version, VenueDetails details, Long organisationId) {
		Venue current = get(id);
		return this.venues.save(details.toVenue(id, organisationId, Objects.requireNonNullElse(version, current.version())));
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
