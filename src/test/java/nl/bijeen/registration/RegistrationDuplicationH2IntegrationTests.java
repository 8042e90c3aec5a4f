package nl.bijeen.registration;

class RegistrationDuplicationH2IntegrationTests extends RegistrationDuplicationContract {

}
