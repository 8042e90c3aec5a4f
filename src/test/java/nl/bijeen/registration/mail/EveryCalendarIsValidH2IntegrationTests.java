package nl.bijeen.registration.mail;

class EveryCalendarIsValidH2IntegrationTests extends EveryCalendarIsValidContract {

}
