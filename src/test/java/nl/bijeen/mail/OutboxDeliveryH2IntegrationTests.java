package nl.bijeen.mail;

class OutboxDeliveryH2IntegrationTests extends OutboxDeliveryContract {

}
