package nl.bijeen.accounts;

class SharedSessionsH2IntegrationTests extends SharedSessionsContract {

}
