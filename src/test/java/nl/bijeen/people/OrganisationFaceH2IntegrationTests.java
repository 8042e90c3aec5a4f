package nl.bijeen.people;

class OrganisationFaceH2IntegrationTests extends OrganisationFaceContract {

}
