package nl.bijeen.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.bijeen.common.NotFoundException;
import nl.bijeen.common.Zones;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The rules: who may see and change what. Every organiser screen, export, API endpoint and list asks here,
 * through {@link Guard} on the route and {@link #visibleEvents()} for lists. Without the right the answer is
 * "not found", so nobody learns what exists outside their rights.
 */
@Service
public class Rights {

	private static final String CACHE = Rights.class.getName() + ".actor";

	private final RightsQueries queries;

	private final Clock clock;

	Rights(RightsQueries queries, ObjectProvider<Clock> clock) {
		this.queries = queries;
		this.clock = clock.getIfAvailable(() -> Clock.system(Zones.AMSTERDAM));
	}

	/**
	 * Who is signed in (a session or an API token), read once per request.
	 */
	public Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Cached cached
				&& cached.authentication() == authentication) {
			return cached.actor();
		}
		Actor actor = resolve(authentication);
		if (request != null) {
			request.setAttribute(CACHE, new Cached(authentication, actor), RequestAttributes.SCOPE_REQUEST);
		}
		return actor;
	}

	private record Cached(Authentication authentication, Actor actor) {
	}

	private Actor resolve(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Actor.NOBODY;
		}
		if (authentication.getPrincipal() instanceof ApiClient client) {
			return ofToken(client);
		}
		boolean admin = authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
		Optional<Actor> account = this.queries.accountByUsername(authentication.getName()).map(this::actor);
		if (admin) {
			// Accounts with the ADMIN role are platform administrators (also in tests without a stored account).
			return new Actor(account.map(Actor::accountId).orElse(-1L), null, Role.PLATFORM_ADMIN, Map.of(),
					Actor.allScopes(), false);
		}
		return account.orElse(Actor.NOBODY);
	}

	/**
	 * The rights of an account as they are stored now.
	 */
	public Optional<Actor> ofAccount(long accountId) {
		return this.queries.accountById(accountId).map(this::actor);
	}

	private Actor actor(RightsQueries.AccountRow row) {
		if (!row.enabled()) {
			return Actor.NOBODY;
		}
		if ("ADMIN".equals(row.accountRole())) {
			return new Actor(row.id(), null, Role.PLATFORM_ADMIN, Map.of(), Actor.allScopes(), false);
		}
		Role role = row.memberRole() == null ? null : Role.valueOf(row.memberRole());
		if (role == Role.PLATFORM_ADMIN) {
			role = null; // only accounts with the ADMIN role are platform administrators
		}
		return new Actor(row.id(), row.organisationId(), role, Map.copyOf(this.queries.grants(row.id())),
				Actor.allScopes(), false);
	}

	private Actor ofToken(ApiClient client) {
		Optional<Actor> creator = ofAccount(client.accountId());
		if (client.organisationId() == null) {
			// a platform administrator's token, as long as its creator still is one
			boolean platform = creator.map(Actor::platformAdmin).orElse(false);
			return platform ? new Actor(client.accountId(), null, Role.PLATFORM_ADMIN, Map.of(), client.scopes(), true)
					: new Actor(client.accountId(), null, null, Map.of(), Set.of(), true);
		}
		return new Actor(client.accountId(), client.organisationId(), Role.ORGANISATION_ADMIN, Map.of(),
				client.scopes(), true);
	}

	/**
	 * Whether the current account or token has what a route needs.
	 * @param id the event, organisation or person the need is about; {@code null} when it is about none
	 */
	public boolean may(Need need, Long id) {
		return may(current(), need, id);
	}

	/**
	 * Whether an account or token has what a route needs.
	 */
	public boolean may(Actor actor, Need need, Long id) {
		if (need == Need.PUBLIC) {
			return true;
		}
		if (!actor.signedIn()) {
			return false;
		}
		if (actor.platformAdmin()) {
			return true;
		}
		return switch (need) {
			case PUBLIC, SIGNED_IN -> true;
			case EVENTS -> actor.organisationAdmin() || actor.role() == Role.EVENT_MANAGER;
			case CREATE_EVENT, ORGANISATION -> actor.organisationAdmin();
			case EVENT -> id != null && managesEvent(actor, id);
			case CHECK_IN -> id != null && (managesEvent(actor, id)
					|| (actor.granted(id, Role.CHECK_IN_VOLUNTEER) && onEventDays(id)));
			case OWN_ORGANISATION -> actor.organisationAdmin() && actor.organisationId().equals(id);
			case ACCOUNT -> id != null && actor.organisationAdmin()
					&& this.queries.organisationOfAccount(id).map(actor.organisationId()::equals).orElse(false);
			case PERSON -> id != null && actor.organisationAdmin()
					&& this.queries.organisationOfPerson(id).map(actor.organisationId()::equals).orElse(false);
			case VENUE -> id != null && actor.organisationAdmin()
					&& this.queries.organisationOfVenue(id).map(actor.organisationId()::equals).orElse(false);
			case CONTENT -> actor.organisationAdmin() || actor.role() == Role.EDITOR;
			case ARTICLE -> id != null && writesContent(actor)
					&& this.queries.organisationsOfArticle(id).contains(actor.organisationId());
			case PLATFORM -> false;
		};
	}

	private static boolean writesContent(Actor actor) {
		return actor.organisationId() != null && (actor.organisationAdmin() || actor.role() == Role.EDITOR);
	}

	private boolean managesEvent(Actor actor, long eventId) {
		if (actor.role() == Role.EVENT_MANAGER && actor.granted(eventId, Role.EVENT_MANAGER)) {
			return true;
		}
		return actor.organisationAdmin() && this.queries.organisersOf(eventId).contains(actor.organisationId());
	}

	private boolean onEventDays(long eventId) {
		LocalDate today = LocalDate.now(this.clock.withZone(Zones.AMSTERDAM));
		return this.queries.eventTimes(eventId)
			.map(t -> !today.isBefore(t[0].toLocalDate()) && !today.isAfter(t[1].toLocalDate()))
			.orElse(false);
	}

	/**
	 * For templates ({@code ${@rights.may('PLATFORM')}}): whether the current account has a need that is about no
	 * particular event, organisation or person, to show only the links it may follow.
	 */
	public boolean may(String need) {
		return may(Need.valueOf(need), null);
	}

	/**
	 * Throws {@link NotFoundException} unless the current account or token has what is needed.
	 */
	public void require(Need need, Long id) {
		if (!may(need, id)) {
			throw new NotFoundException("Not found (" + need + (id == null ? "" : " " + id) + ")");
		}
	}

	/**
	 * The events the current account or token may manage, for lists.
	 */
	public EventScope visibleEvents() {
		return visibleEvents(current());
	}

	/**
	 * The events an account or token may manage, for lists.
	 */
	public EventScope visibleEvents(Actor actor) {
		if (actor.platformAdmin()) {
			return EventScope.everything();
		}
		Set<Long> ids = new HashSet<>();
		if (actor.organisationAdmin()) {
			ids.addAll(this.queries.eventsOf(actor.organisationId()));
		}
		if (actor.role() == Role.EVENT_MANAGER) {
			actor.grants().forEach((event, roles) -> {
				if (roles.contains(Role.EVENT_MANAGER)) {
					ids.add(event);
				}
			});
		}
		return new EventScope(false, Set.copyOf(ids));
	}

	/**
	 * Whose venues and articles the current account or token sees in lists and may choose: everything for the
	 * platform administrator, else its own organisation's (and what is shared).
	 */
	public OrganisationScope organisationScope() {
		return organisationScope(current());
	}

	/**
	 * Whose venues and articles an account or token sees in lists and may choose.
	 */
	public OrganisationScope organisationScope(Actor actor) {
		if (actor.platformAdmin()) {
			return OrganisationScope.everything();
		}
		return new OrganisationScope(false, actor.signedIn() ? actor.organisationId() : null);
	}

	/**
	 * The events the current account may manage, newest first (to give others rights on them).
	 */
	public List<EventRef> manageableEvents() {
		return this.queries.events(visibleEvents());
	}

	/**
	 * Every organisation, by name.
	 */
	public List<OrganisationRef> organisations() {
		return this.queries.organisations();
	}

	/**
	 * The event id of a volunteer's check-in grant that is valid today, if any.
	 */
	public Optional<Long> checkInToday(Actor actor) {
		return actor.grants()
			.entrySet()
			.stream()
			.filter(e -> e.getValue().contains(Role.CHECK_IN_VOLUNTEER) && onEventDays(e.getKey()))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/**
	 * The events whose check-in the current account's volunteer grants open today (for its start page);
	 * empty for everyone else, who reach check-in through the event.
	 */
	public List<Long> checkInsToday() {
		return current().grants()
			.entrySet()
			.stream()
			.filter(e -> e.getValue().contains(Role.CHECK_IN_VOLUNTEER) && onEventDays(e.getKey()))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	LocalDateTime now() {
		return LocalDateTime.now(this.clock.withZone(Zones.AMSTERDAM));
	}

}
