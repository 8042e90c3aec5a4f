package nl.bijeen.content;

class ContentAdminH2IntegrationTests extends ContentAdminContract {

}
