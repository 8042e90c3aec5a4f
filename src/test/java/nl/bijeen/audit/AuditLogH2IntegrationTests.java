package nl.bijeen.audit;

class AuditLogH2IntegrationTests extends AuditLogContract {

}
