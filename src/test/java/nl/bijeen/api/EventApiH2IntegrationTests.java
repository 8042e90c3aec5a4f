package nl.bijeen.api;

class EventApiH2IntegrationTests extends EventApiContract {

}
