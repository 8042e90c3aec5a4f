package nl.bijeen.registration;

class SessionRemovalH2IntegrationTests extends SessionRemovalContract {

}
