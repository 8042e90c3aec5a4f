package nl.bijeen.rights;

class AuthorisationMatrixH2IntegrationTests extends AuthorisationMatrixContract {

}
