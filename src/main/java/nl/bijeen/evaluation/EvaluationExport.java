package nl.bijeen.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.registration.Attendee;
import nl.bijeen.registration.Attendees;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * All responses of a form as CSV (UTF-8 with a byte order mark, semicolons, cells that cannot run as formulas) or
 * XLSX (fastexcel, inline strings, flushed as it goes): a row per response with the day it was given, name and
 * organisation only when the form is not anonymous, and a column per question (several choices joined by "; ").
 * Streamed: the rows are written while they are read.
 */
@Component
class EvaluationExport {

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setQuoteMode(QuoteMode.MINIMAL)
		.setRecordSeparator("\r\n")
		.get();

	private final JdbcClient jdbc;

	private final EvaluationForms forms;

	private final Attendees attendees;

	private final MessageSource messages;

	EvaluationExport(JdbcClient jdbc, EvaluationForms forms, Attendees attendees, MessageSource messages) {
		this.jdbc = jdbc;
		this.forms = forms;
		this.attendees = attendees;
		this.messages = messages;
	}

	/** Receives the header and the rows. */
	interface Sink {

		void row(List<String> cells) throws IOException;

	}

	void csv(EvaluationForm form, Locale locale, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, FORMAT);
		write(form, locale, cells -> printer.printRecord(cells.stream().map(EvaluationExport::safe).toList()));
		printer.flush();
	}

	void xlsx(EvaluationForm form, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "bijeen", "1.0");
		Worksheet sheet = workbook.newWorksheet(this.messages.getMessage("evaluation.export.sheet", null, locale));
		int[] row = { 0 };
		write(form, locale, cells -> {
			for (int c = 0; c < cells.size(); c++) {
				if (!cells.get(c).isEmpty()) {
					sheet.inlineString(row[0], c, cells.get(c));
				}
				if (row[0] == 0) {
					sheet.width(c, c == 0 ? 12 : 30);
				}
			}
			if (row[0] == 0) {
				sheet.range(0, 0, 0, cells.size() - 1).style().bold().set();
				sheet.freezePane(0, 1);
			}
			row[0]++;
			if (row[0] % 200 == 0) {
				sheet.flush();
			}
		});
		workbook.finish();
	}

	private void write(EvaluationForm form, Locale locale, Sink sink) throws IOException {
		List<Question> questions = this.forms.questions(form.id());
		List<String> header = new ArrayList<>();
		header.add(this.messages.getMessage("evaluation.export.date", null, locale));
		Map<Long, Attendee> people = Map.of();
		if (!form.anonymous()) {
			header.add(this.messages.getMessage("evaluation.export.name", null, locale));
			header.add(this.messages.getMessage("evaluation.export.organisation", null, locale));
			people = this.attendees.of(form.eventId()).stream()
				.collect(Collectors.toMap(Attendee::registrationId, Function.identity()));
		}
		questions.forEach(q -> header.add(q.text()));
		sink.row(header);
		Map<Long, Attendee> named = people;
		Row[] current = { null };
		try {
			this.jdbc.sql("select r.id, r.submitted_on, r.registration_id, a.question_id, a.rating, a.choice, a.text "
					+ "from evaluation_response r left join evaluation_answer a on a.response_id = r.id "
					+ "where r.form_id = ? order by r.submitted_on, r.id, a.id").param(form.id())
				.query((RowCallbackHandler) rs -> {
					String id = rs.getString(1);
					if (current[0] == null || !current[0].id.equals(id)) {
						flush(current[0], form, questions, named, sink);
						long registration = rs.getLong(3);
						current[0] = new Row(id, rs.getDate(2).toLocalDate().toString(),
								rs.wasNull() ? null : registration, new LinkedHashMap<>());
					}
					long question = rs.getLong(4);
					if (!rs.wasNull()) {
						int rating = rs.getInt(5);
						String value = rs.wasNull() ? (rs.getString(6) != null ? rs.getString(6) : rs.getString(7))
								: Integer.toString(rating);
						current[0].values.merge(question, value, (a, b) -> a + "; " + b);
					}
				});
			flush(current[0], form, questions, named, sink);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static void flush(Row row, EvaluationForm form, List<Question> questions, Map<Long, Attendee> people,
			Sink sink) {
		if (row == null) {
			return;
		}
		List<String> cells = new ArrayList<>();
		cells.add(row.date);
		if (!form.anonymous()) {
			Attendee who = (row.registrationId == null) ? null : people.get(row.registrationId);
			cells.add((who == null) ? "" : who.name());
			cells.add((who == null || who.organisation() == null) ? "" : who.organisation());
		}
		questions.forEach(q -> cells.add(row.values.getOrDefault(q.id(), "")));
		try {
			sink.row(cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String filename(String slug, String extension) {
		return "evaluatie-" + slug + "." + extension;
	}

	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

	private record Row(String id, String date, Long registrationId, Map<Long, String> values) {
	}

}
