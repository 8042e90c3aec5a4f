package nl.bijeen.audit;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class AuditLogPostgresIntegrationTests extends AuditLogContract {

}
