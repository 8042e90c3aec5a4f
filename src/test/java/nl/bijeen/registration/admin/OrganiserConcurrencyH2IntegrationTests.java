package nl.bijeen.registration.admin;

class OrganiserConcurrencyH2IntegrationTests extends OrganiserConcurrencyContract {

}
