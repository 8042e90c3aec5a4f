package nl.bijeen.registration;

class RegistrationFaultAnswersH2IntegrationTests extends RegistrationFaultAnswersContract {

}
