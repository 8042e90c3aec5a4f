package nl.bijeen.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips PostgreSQL tests when no server is reachable, or fails them when CI requires one.
 */
class PostgresAvailableCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (PostgresServer.available()) {
			return ConditionEvaluationResult.enabled("PostgreSQL reachable");
		}
		if (PostgresServer.required()) {
			throw new IllegalStateException("PostgreSQL is required (CI) but not reachable at "
					+ PostgresServer.url(PostgresServer.DATABASE));
		}
		return ConditionEvaluationResult.disabled("PostgreSQL not reachable at "
				+ PostgresServer.url(PostgresServer.DATABASE) + ": skipping PostgreSQL tests");
	}

}
