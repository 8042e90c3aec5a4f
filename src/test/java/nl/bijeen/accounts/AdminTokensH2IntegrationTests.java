package nl.bijeen.accounts;

class AdminTokensH2IntegrationTests extends AdminTokensContract {

}
