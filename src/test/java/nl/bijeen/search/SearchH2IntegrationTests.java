package nl.bijeen.search;

class SearchH2IntegrationTests extends SearchContract {

}
