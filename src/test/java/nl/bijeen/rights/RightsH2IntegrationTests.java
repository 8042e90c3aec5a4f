package nl.bijeen.rights;

class RightsH2IntegrationTests extends RightsContract {

}
