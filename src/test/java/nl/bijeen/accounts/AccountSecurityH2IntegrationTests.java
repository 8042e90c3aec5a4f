package nl.bijeen.accounts;

class AccountSecurityH2IntegrationTests extends AccountSecurityContract {

}
