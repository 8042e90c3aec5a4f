package nl.bijeen.mail;

class MailAdminH2IntegrationTests extends MailAdminContract {

}
