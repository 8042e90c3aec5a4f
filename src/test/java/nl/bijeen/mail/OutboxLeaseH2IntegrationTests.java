package nl.bijeen.mail;

class OutboxLeaseH2IntegrationTests extends OutboxLeaseContract {

}
