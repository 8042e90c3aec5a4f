package nl.bijeen.registration.mail;

class ChangeNoticesH2IntegrationTests extends ChangeNoticesContract {

}
