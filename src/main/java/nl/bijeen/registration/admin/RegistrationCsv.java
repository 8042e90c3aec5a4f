package nl.bijeen.registration.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.bijeen.common.Zones;
import nl.bijeen.registration.internal.QuestionKind;
import nl.bijeen.registration.internal.RegistrationQuestion;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes participant lists as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel recognises
 * the encoding), semicolons between the cells (what Excel expects with Dutch regional settings, where the
 * comma is the decimal separator), quotes where needed, a header row in the organiser's language, one row
 * per registration with a column per round and per question, and cells that cannot run as formulas. Rows
 * are streamed from the database one by one inside a read-only transaction.
 */
@Component
class RegistrationCsv {

	static final char SEPARATOR = ';';

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(SEPARATOR)
		.setQuoteMode(QuoteMode.MINIMAL)
		.setRecordSeparator("\r\n")
		.get();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Participants participants;

	private final MessageSource messages;

	private final TransactionTemplate readOnly;

	RegistrationCsv(Participants participants, MessageSource messages, TransactionTemplate transactions) {
		this.participants = participants;
		this.messages = messages;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	/**
	 * The file name, e.g. {@code aanmeldingen-conferentie-samen-sterker-2026-05-12.csv}.
	 */
	String filename(Columns columns, String sessionTitle, Locale locale) {
		String base = this.messages.getMessage("registration.admin.csv.filename", null, locale);
		String session = sessionTitle == null ? "" : "-" + nl.bijeen.common.Slugs.of(sessionTitle);
		return base + "-" + columns.event().getSlug() + session + "-" + LocalDate.now(Zones.AMSTERDAM) + ".csv";
	}

	void write(ParticipantCriteria criteria, Columns columns, Locale locale, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, FORMAT);
		printer.printRecord(header(columns, locale));
		try {
			this.readOnly.executeWithoutResult(status -> this.participants.each(criteria, columns, p -> {
				try {
					printer.printRecord(row(p, columns, locale));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		printer.flush();
	}

	private List<String> header(Columns columns, Locale locale) {
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
		return header.stream().map(CsvCells::safe).toList();
	}

	private List<String> row(Participant p, Columns columns, Locale locale) {
		List<String> row = new ArrayList<>(List.of(nullToEmpty(p.name()), nullToEmpty(p.email()),
				nullToEmpty(p.organisation()), nullToEmpty(p.jobTitle()),
				msg("registration.admin.status." + p.status().name(), locale),
				msg("registration.admin.attendance." + p.attendance().name(), locale), p.registeredAt().format(TIME)));
		if (columns.accredited()) {
			row.add(p.registerName() == null ? ""
					: this.messages.getMessage("registration.form.register." + p.registerName(), null, p.registerName(),
							locale));
			row.add(nullToEmpty(p.registrationNumber()));
		}
		for (Participant.Pick pick : p.picks()) {
			row.add(pick == null ? "" : pick.waiting()
					? msg("registration.admin.pick.waiting", locale, pick.title()) : pick.title());
		}
		for (int i = 0; i < columns.questions().size(); i++) {
			row.add(answer(columns.questions().get(i), p.answers().get(i), locale));
		}
		return row.stream().map(CsvCells::safe).toList();
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
