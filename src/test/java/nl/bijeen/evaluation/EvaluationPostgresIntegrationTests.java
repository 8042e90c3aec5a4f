package nl.bijeen.evaluation;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class EvaluationPostgresIntegrationTests extends EvaluationContract {

}
