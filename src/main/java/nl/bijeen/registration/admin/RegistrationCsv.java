package nl.bijeen.registration.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import org.springframework.stereotype.Component;

/**
 * Writes participant lists as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel recognises
 * the encoding), semicolons between the cells (what Excel expects with Dutch regional settings, where the
 * comma is the decimal separator), quotes where needed, the cells of {@link ExportRows}, and cells that
 * cannot run as formulas. Streamed: one row in memory at a time.
 */
@Component
class RegistrationCsv {

	static final char SEPARATOR = ';';

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(SEPARATOR)
		.setQuoteMode(QuoteMode.MINIMAL)
		.setRecordSeparator("\r\n")
		.get();

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ExportRows rows;

	RegistrationCsv(ExportRows rows) {
		this.rows = rows;
	}

	void write(ParticipantCriteria criteria, Columns columns, Locale locale, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, FORMAT);
		this.rows.write(criteria, columns, locale, new ExportRows.Sink() {

			@Override
			public void header(List<String> cells) throws IOException {
				printer.printRecord(cells.stream().map(CsvCells::safe).toList());
			}

			@Override
			public void row(Participant participant, List<String> cells) throws IOException {
				printer.printRecord(cells.stream().map(CsvCells::safe).toList());
			}

		});
		printer.flush();
	}

}
