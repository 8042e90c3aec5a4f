package nl.bijeen.registration.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.bijeen.common.Slugs;
import nl.bijeen.common.Zones;
import nl.bijeen.registration.internal.QuestionKind;
import nl.bijeen.registration.internal.RegistrationQuestion;

import nl.bijeen.registration.AccreditationRegisters;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cells of a participant export, the same for every format: a header row in the organiser's language and
 * one row per registration with a column per round and per question. Rows are streamed from the database
 * one by one inside a read-only transaction (PostgreSQL reads them from a cursor), so an export of any size
 * holds one row in memory at a time.
 */
@Component
class ExportRows {

	/** The column of the registration time, which formats may write as a date. */
	static final int REGISTERED_AT = 6;

	private final Participants participants;

	private final MessageSource messages;

	private final TransactionTemplate readOnly;

	private final AccreditationRegisters registers;

	ExportRows(Participants participants, MessageSource messages, TransactionTemplate transactions,
			AccreditationRegisters registers) {
		this.participants = participants;
		this.registers = registers;
		this.messages = messages;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Receives the header and then each participant with its cells, in order.
	 */
	interface Sink {

		void header(List<String> cells) throws IOException;

		void row(Participant participant, List<String> cells) throws IOException;

	}

	void write(ParticipantCriteria criteria, Columns columns, Locale locale, Sink sink) throws IOException {
		sink.header(header(columns, locale));
		try {
			this.readOnly.executeWithoutResult(status -> this.participants.each(criteria, columns, p -> {
				try {
					sink.row(p, row(p, columns, locale));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * The file name, e.g. {@code aanmeldingen-conferentie-samen-sterker-2026-05-12.csv}.
	 */
	String filename(Columns columns, String sessionTitle, ExportFormat format, Locale locale) {
		String base = this.messages.getMessage("registration.admin.csv.filename", null, locale);
		String session = sessionTitle == null ? "" : "-" + Slugs.of(sessionTitle);
		return base + "-" + columns.event().getSlug() + session + "-" + LocalDate.now(Zones.AMSTERDAM) + "."
				+ format.extension();
	}

	String sheetName(Locale locale) {
		return msg("registration.admin.xlsx.sheet", locale);
	}

	List<String> header(Columns columns, Locale locale) {
		List<String> header = new ArrayList<>();
		for (String key : List.of("name", "email", "organisation", "jobTitle", "status", "attendance", "registeredAt")) {
			header.add(msg("registration.admin.column." + key, locale));
		}
		if (columns.accredited()) {
			header.add(msg("registration.admin.column.register", locale));
			header.add(msg("registration.admin.column.registrationNumber", locale));
		}
		columns.rounds().forEach(r -> header.add(r.part().title()));
		columns.questions().forEach(q -> header.add(q.text()));
		return header;
	}

	List<String> row(Participant p, Columns columns, Locale locale) {
		List<String> row = new ArrayList<>(List.of(nullToEmpty(p.name()), nullToEmpty(p.email()),
				nullToEmpty(p.organisation()), nullToEmpty(p.jobTitle()),
				msg("registration.admin.status." + p.status().name(), locale),
				msg("registration.admin.attendance." + p.attendance().name(), locale),
				p.registeredAt().format(RegistrationCsv.TIME)));
		if (columns.accredited()) {
			row.add(p.registerName() == null ? "" : this.registers.name(p.registerName()));
			row.add(nullToEmpty(p.registrationNumber()));
		}
		for (Participant.Pick pick : p.picks()) {
			row.add(pick == null ? "" : pick.waiting()
					? msg("registration.admin.pick.waiting", locale, pick.title()) : pick.title());
		}
		for (int i = 0; i < columns.questions().size(); i++) {
			row.add(answer(columns.questions().get(i), p.answers().get(i), locale));
		}
		return row;
	}

	private String answer(RegistrationQuestion question, String answer, Locale locale) {
		if (answer == null) {
			return "";
		}
		if (question.kind() == QuestionKind.YES_NO) {
			return msg("registration.admin.answer." + answer, locale);
		}
		return String.join(", ", answer.split("\\R"));
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
