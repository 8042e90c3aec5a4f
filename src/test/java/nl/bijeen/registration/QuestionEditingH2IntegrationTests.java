package nl.bijeen.registration;

class QuestionEditingH2IntegrationTests extends QuestionEditingContract {

}
