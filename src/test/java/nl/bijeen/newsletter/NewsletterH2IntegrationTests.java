package nl.bijeen.newsletter;

class NewsletterH2IntegrationTests extends NewsletterContract {

}
