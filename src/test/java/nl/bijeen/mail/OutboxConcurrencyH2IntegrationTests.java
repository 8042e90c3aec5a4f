package nl.bijeen.mail;

class OutboxConcurrencyH2IntegrationTests extends OutboxConcurrencyContract {

}
