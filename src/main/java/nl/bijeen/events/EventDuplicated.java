package nl.bijeen.events;

import java.time.Duration;

/**
 * An event was copied to a new draft, {@code shift} later (or earlier) in time; other modules copy what
 * they hold for the source (e.g. the programme) onto the copy.
 */
public record EventDuplicated(long sourceEventId, long copyEventId, Duration shift) {

}
