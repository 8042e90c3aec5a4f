package nl.bijeen.events;

class EventsPersistenceH2Tests extends EventsPersistenceContract {

}
