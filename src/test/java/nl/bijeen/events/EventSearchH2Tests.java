package nl.bijeen.events;

class EventSearchH2Tests extends EventSearchContract {

}
