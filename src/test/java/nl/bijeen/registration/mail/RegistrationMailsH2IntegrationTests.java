package nl.bijeen.registration.mail;

class RegistrationMailsH2IntegrationTests extends RegistrationMailsContract {

}
