package nl.bijeen.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.attendance.QrCodes;
import nl.bijeen.events.Event;
import nl.bijeen.programme.Programmes;
import nl.bijeen.programme.SessionView;
import nl.bijeen.web.BijeenProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the public pages show of the insights: the wall, the share link and its QR code, and the approved
 * insights in the event's report, grouped by session. Used from templates as {@code @insightsPages}, so the
 * agenda's event page needs no change to its controller. Only approved insights ever leave this class.
 */
@Component("insightsPages")
public class InsightPages {

	/** An approved insight as shown: plain text, always escaped by the templates. */
	public record Shown(long id, String text, String authorName, String sessionTitle) {
	}

	/** The approved insights about one session, or about the event as a whole ({@code title == null}). */
	public record Group(Long sessionId, String title, List<Shown> insights) {
	}

	private final Insights insights;

	private final Programmes programmes;

	private final InsightWindow window;

	private final BijeenProperties site;

	InsightPages(Insights insights, Programmes programmes, InsightWindow window, BijeenProperties site) {
		this.insights = insights;
		this.programmes = programmes;
		this.window = window;
		this.site = site;
	}

	/** The sessions of an event, in programme order, to choose from or filter by. */
	public List<SessionView> sessions(long eventId) {
		return this.programmes.sessionsOfEvent(eventId);
	}

	/** The approved insights of an event, newest first; of one session only when {@code sessionId} is set. */
	@Transactional(readOnly = true)
	public List<Shown> wall(long eventId, Long sessionId) {
		Map<Long, String> titles = titles(eventId);
		return this.insights.ofEvent(eventId, InsightStatus.APPROVED).stream()
			.filter(i -> sessionId == null || sessionId.equals(i.sessionId()))
			.map(i -> new Shown(i.id(), i.text(), i.authorName(), titles.get(i.sessionId())))
			.toList();
	}

	/**
	 * The approved insights for the report: per session in programme order, then those about the event as a
	 * whole; groups without insights are left out.
	 */
	@Transactional(readOnly = true)
	public List<Group> report(long eventId) {
		Map<Long, String> titles = titles(eventId);
		Map<Long, List<Shown>> bySession = new LinkedHashMap<>();
		titles.keySet().forEach(id -> bySession.put(id, new ArrayList<>()));
		List<Shown> general = new ArrayList<>();
		List<Insight> oldestFirst = new ArrayList<>(this.insights.ofEvent(eventId, InsightStatus.APPROVED));
		java.util.Collections.reverse(oldestFirst);
		for (Insight i : oldestFirst) {
			Shown shown = new Shown(i.id(), i.text(), i.authorName(), titles.get(i.sessionId()));
			List<Shown> target = (i.sessionId() != null) ? bySession.get(i.sessionId()) : null;
			(target != null ? target : general).add(shown);
		}
		List<Group> groups = new ArrayList<>();
		bySession.forEach((id, list) -> {
			if (!list.isEmpty()) {
				groups.add(new Group(id, titles.get(id), list));
			}
		});
		if (!general.isEmpty()) {
			groups.add(new Group(null, null, general));
		}
		return groups;
	}

	/** Whether the event has approved insights. */
	public boolean any(long eventId) {
		return !this.insights.ofEvent(eventId, InsightStatus.APPROVED).isEmpty();
	}

	public boolean isOpen(Event event) {
		return this.window.isOpen(event);
	}

	public boolean isOver(Event event) {
		return this.window.isOver(event);
	}

	/** The full address of the share form, for a session when {@code sessionId} is set. */
	public String shareUrl(Event event, Long sessionId) {
		return UriComponentsBuilder.fromUriString(this.site.getBaseUrl())
			.path("/evenementen/{slug}/inzichten/delen")
			.queryParamIfPresent("sessie", java.util.Optional.ofNullable(sessionId))
			.buildAndExpand(event.getSlug())
			.toUriString();
	}

	/** The QR code of the share form's address, as a data: URI. */
	public String shareQr(Event event, Long sessionId) {
		return QrCodes.dataUri(shareUrl(event, sessionId));
	}

	private Map<Long, String> titles(long eventId) {
		Map<Long, String> titles = new LinkedHashMap<>();
		for (SessionView s : this.programmes.sessionsOfEvent(eventId)) {
			titles.put(s.id(), s.title());
		}
		return titles;
	}

}
