package nl.bijeen.pages;

class PagesH2IntegrationTests extends PagesIntegrationContract {

}
