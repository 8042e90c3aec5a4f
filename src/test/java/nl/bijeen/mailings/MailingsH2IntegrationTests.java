package nl.bijeen.mailings;

class MailingsH2IntegrationTests extends MailingsContract {

}
