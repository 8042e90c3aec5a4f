package nl.bijeen.accounts;

import java.time.LocalDateTime;

/**
 * Someone signed in to the workbench (after the second factor, when the account has one).
 *
 * @param username the account's user name
 * @param accountId the account
 * @param address the client address the sign-in came from
 * @param twoFactor whether a second factor was given
 */
public record AccountSignedIn(String username, long accountId, String address, boolean twoFactor, LocalDateTime at) {

}
