package nl.bijeen.registration;

class RegistrationPagesH2IntegrationTests extends RegistrationPagesContract {

}
