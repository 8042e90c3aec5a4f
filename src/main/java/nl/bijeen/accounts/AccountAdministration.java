package nl.bijeen.accounts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.rights.Actor;
import nl.bijeen.rights.EventRef;
import nl.bijeen.rights.Membership;
import nl.bijeen.rights.Memberships;
import nl.bijeen.rights.Need;
import nl.bijeen.rights.OrganisationRef;
import nl.bijeen.rights.Rights;
import nl.bijeen.rights.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What organisation administrators (and platform administrators) do with accounts: see their organisation's,
 * give a role, give events to event managers and check-in volunteers, disable and enable. Every change ends the
 * account's sessions ({@link nl.bijeen.rights.AccountRightsChanged}).
 */
@Service
public class AccountAdministration {

	private final Accounts accounts;

	private final Memberships memberships;

	private final Rights rights;

	AccountAdministration(Accounts accounts, Memberships memberships, Rights rights) {
		this.accounts = accounts;
		this.memberships = memberships;
		this.rights = rights;
	}

	/** An account with its place, as the account screens show it. */
	public record AccountView(Account account, Membership membership, String organisationName) {

		public boolean platformAdmin() {
			return this.account.role() == Account.Role.ADMIN;
		}

		public Role role() {
			return platformAdmin() ? Role.PLATFORM_ADMIN : (this.membership == null ? null : this.membership.role());
		}

	}

	/**
	 * The accounts the current administrator may manage, by name: its organisation's; all for a platform
	 * administrator.
	 */
	@Transactional(readOnly = true)
	public List<AccountView> visible() {
		Actor actor = this.rights.current();
		Map<Long, String> names = organisationNames();
		if (actor.platformAdmin()) {
			Map<Long, Membership> all = this.memberships.inOrganisation(null)
				.stream()
				.collect(Collectors.toMap(Membership::accountId, Function.identity()));
			return this.accounts.findAll()
				.stream()
				.map(a -> view(a, all.get(a.id()), names))
				.sorted(Comparator.comparing(v -> v.account().displayName().toLowerCase()))
				.toList();
		}
		if (!actor.organisationAdmin()) {
			return List.of();
		}
		return this.memberships.inOrganisation(actor.organisationId())
			.stream()
			.flatMap(m -> this.accounts.findById(m.accountId()).stream().map(a -> view(a, m, names)))
			.sorted(Comparator.comparing(v -> v.account().displayName().toLowerCase()))
			.toList();
	}

	/**
	 * One account the current administrator may manage.
	 * @throws NotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public AccountView get(long accountId) {
		this.rights.require(Need.ACCOUNT, accountId);
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("No account " + accountId));
		return view(account, this.memberships.of(accountId).orElse(null), organisationNames());
	}

	private AccountView view(Account account, Membership membership, Map<Long, String> names) {
		String organisation = (membership == null || membership.organisationId() == null) ? null
				: names.get(membership.organisationId());
		return new AccountView(account, membership, organisation);
	}

	private Map<Long, String> organisationNames() {
		return this.rights.organisations()
			.stream()
			.collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
	}

	/**
	 * The roles an administrator may give: every role but the platform administrator's.
	 */
	public List<Role> assignableRoles() {
		return List.of(Role.ORGANISATION_ADMIN, Role.EVENT_MANAGER, Role.EDITOR, Role.CHECK_IN_VOLUNTEER);
	}

	/**
	 * The organisations an account can be placed in by the current administrator.
	 */
	public List<OrganisationRef> assignableOrganisations() {
		Actor actor = this.rights.current();
		return this.rights.organisations()
			.stream()
			.filter(o -> actor.platformAdmin() || o.id() == actor.organisationId())
			.toList();
	}

	/**
	 * Gives an account a role in an organisation (an organisation administrator: always its own organisation).
	 */
	@Transactional
	public void assign(long accountId, Role role, Long organisationId) {
		AccountView view = get(accountId);
		Actor actor = this.rights.current();
		if (view.platformAdmin() || !assignableRoles().contains(role)) {
			throw new NotFoundException("Role " + role + " cannot be given to account " + accountId);
		}
		Long organisation = actor.platformAdmin() ? organisationId : actor.organisationId();
		if (organisation == null || assignableOrganisations().stream().noneMatch(o -> o.id() == organisation)) {
			throw new NotFoundException("No organisation " + organisationId);
		}
		this.memberships.assign(accountId, organisation, role);
	}

	/**
	 * The events the current administrator may give to others.
	 */
	public List<EventRef> grantableEvents() {
		return this.rights.manageableEvents();
	}

	/**
	 * Gives an event manager an event, or a volunteer the event they check in at.
	 */
	@Transactional
	public void grant(long accountId, long eventId) {
		AccountView view = get(accountId);
		Role role = view.role();
		if (role == null || !role.perEvent() || !this.rights.may(Need.EVENT, eventId)) {
			throw new NotFoundException("Event " + eventId + " cannot be given to account " + accountId);
		}
		this.memberships.grant(accountId, eventId, role);
	}

	/**
	 * Takes an event away from an account.
	 */
	@Transactional
	public void revoke(long accountId, long eventId, Role role) {
		get(accountId);
		this.memberships.revoke(accountId, eventId, role);
	}

	/**
	 * Disables or enables an account; nobody disables their own.
	 */
	@Transactional
	public boolean setEnabled(long accountId, boolean enabled) {
		Account account = get(accountId).account();
		if (Optional.ofNullable(this.rights.current().accountId()).map(id -> id == accountId).orElse(false)) {
			return false;
		}
		this.accounts.setEnabled(account.id(), enabled);
		this.memberships.disabledOrEnabled(accountId);
		return true;
	}

}
