package nl.bijeen.api;

class EventPlacesH2IntegrationTests extends EventPlacesContract {

}
