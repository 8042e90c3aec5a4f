package nl.bijeen.events.api;

class EventApiH2IntegrationTests extends EventApiContract {

}
