package nl.bijeen.mail;

class OutboxFailureH2IntegrationTests extends OutboxFailureContract {

}
