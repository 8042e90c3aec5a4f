package nl.bijeen.content;

class ContentPagesH2IntegrationTests extends ContentPagesContract {

}
