package nl.bijeen.evaluation;

class EvaluationH2IntegrationTests extends EvaluationContract {

}
