package nl.bijeen.registration.mail;

class PersonalLinkAndMailsH2IntegrationTests extends PersonalLinkAndMailsContract {

}
