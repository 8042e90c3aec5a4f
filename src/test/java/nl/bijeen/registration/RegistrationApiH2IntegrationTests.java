package nl.bijeen.registration;

class RegistrationApiH2IntegrationTests extends RegistrationApiContract {

}
