package nl.bijeen.events.web;

class OrganiserContactH2IntegrationTests extends OrganiserContactContract {

}
