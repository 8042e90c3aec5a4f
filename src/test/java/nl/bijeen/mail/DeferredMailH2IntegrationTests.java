package nl.bijeen.mail;

class DeferredMailH2IntegrationTests extends DeferredMailContract {

}
