package nl.bijeen.events;

/**
 * What kind of gathering an event is.
 */
public enum EventType {

	CONFERENCE, DEBATE, ONLINE_MEETING, WORKSHOP, WEBINAR, MEETING, COURSE, OTHER

}
