package nl.bijeen.registration;

class PublicFormsWithoutSessionH2IntegrationTests extends PublicFormsWithoutSessionContract {

}
