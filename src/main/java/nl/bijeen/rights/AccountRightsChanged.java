package nl.bijeen.rights;

/**
 * An account's role, organisation or grants changed, or it was disabled or enabled: its sessions must end.
 */
public record AccountRightsChanged(long accountId) {

}
