package nl.bijeen.events;

class EventsUnderLoadH2Tests extends EventsUnderLoadContract {

}
