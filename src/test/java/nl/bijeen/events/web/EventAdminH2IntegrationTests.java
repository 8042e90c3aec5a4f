package nl.bijeen.events.web;

class EventAdminH2IntegrationTests extends EventAdminContract {

}
