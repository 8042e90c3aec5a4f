package nl.bijeen.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What the organisers' privacy pages show: the periods in force (from the settings), the latest erasures, and
 * the processing register (verwerkingsregister), one row per purpose.
 */
@Service
public class PrivacyOverview {

	/** The purposes of the processing register, in order; their texts are message keys. */
	static final List<String> PURPOSES = List.of("registration", "mails", "accreditation", "people", "accounts",
			"newsletter", "insights", "evaluation", "mailings", "erasures");

	/** The columns of the register. */
	public static final List<String> COLUMNS = List.of("data", "subjects", "basis", "retention", "recipients");

	private static final int RECORDS = 50;

	private final PrivacyFacts facts;

	private final ErasureRecords records;

	private final MessageSource messages;

	private final List<nl.bijeen.pages.PageFacts> allFacts;

	PrivacyOverview(PrivacyFacts facts, ErasureRecords records, MessageSource messages,
			List<nl.bijeen.pages.PageFacts> allFacts) {
		this.allFacts = allFacts;
		this.facts = facts;
		this.records = records;
		this.messages = messages;
	}

	/**
	 * The periods in force, as label and value.
	 */
	public List<Fact> periods(Locale locale) {
		Map<String, String> values = this.facts.facts(locale);
		List<Fact> periods = new ArrayList<>();
		values.forEach((name, value) -> {
			if (!value.isBlank()) {
				periods.add(new Fact(this.messages.getMessage("privacy.fact." + name + ".label", null, locale), value));
			}
		});
		return periods;
	}

	/**
	 * The latest erasures: all of them ({@code organisationId} null, for the platform administrator), or those
	 * done for one organisation's events.
	 */
	public List<ErasureRecords.ErasureRecord> latestErasures(Long organisationId) {
		return this.records.latest(RECORDS, organisationId);
	}

	/**
	 * The processing register: per purpose its name and the columns, with the periods filled in.
	 */
	public List<Processing> register(Locale locale) {
		Map<String, String> values = new java.util.HashMap<>(this.facts.facts(locale));
		// The periods other modules state (the newsletter's, ...), as the statement fills them in.
		this.allFacts.forEach(f -> values.putAll(f.facts(locale)));
		List<Processing> rows = new ArrayList<>();
		for (String purpose : PURPOSES) {
			List<String> cells = new ArrayList<>();
			for (String column : COLUMNS) {
				String text = this.messages.getMessage("privacy.register." + purpose + "." + column, null, locale);
				for (Map.Entry<String, String> fact : values.entrySet()) {
					text = text.replace("{{" + fact.getKey() + "}}", fact.getValue());
				}
				cells.add(text.strip());
			}
			rows.add(new Processing(this.messages.getMessage("privacy.register." + purpose + ".purpose", null, locale),
					cells));
		}
		return rows;
	}

	/** A named period. */
	public record Fact(String label, String value) {
	}

	/** One purpose of the register with its cells in the order of {@link #COLUMNS}. */
	public record Processing(String purpose, List<String> cells) {
	}

}
