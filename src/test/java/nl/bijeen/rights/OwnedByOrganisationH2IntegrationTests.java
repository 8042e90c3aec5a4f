package nl.bijeen.rights;

class OwnedByOrganisationH2IntegrationTests extends OwnedByOrganisationContract {

}
