package nl.bijeen.registration.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Component;

/**
 * Writes participant lists as an Excel workbook (XLSX) with fastexcel: one sheet, the cells of
 * {@link ExportRows} (the same columns as the CSV), a bold header row that stays in view, the registration
 * time as a date. Texts are written as inline strings, never as formulas, and without a shared-strings
 * table, and rows are flushed to the response every {@link #FLUSH_ROWS} rows: memory stays the same
 * whatever the number of registrations.
 */
@Component
class RegistrationXlsx {

	static final int FLUSH_ROWS = 200;

	private static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";

	private final ExportRows rows;

	RegistrationXlsx(ExportRows rows) {
		this.rows = rows;
	}

	void write(ParticipantCriteria criteria, Columns columns, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "bijeen", "1.0");
		Worksheet sheet = workbook.newWorksheet(this.rows.sheetName(locale));
		this.rows.write(criteria, columns, locale, new ExportRows.Sink() {

			private int row;

			@Override
			public void header(List<String> cells) {
				for (int c = 0; c < cells.size(); c++) {
					sheet.inlineString(0, c, cells.get(c));
					sheet.width(c, c == ExportRows.REGISTERED_AT ? 17 : 24);
				}
				sheet.range(0, 0, 0, cells.size() - 1).style().bold().set();
				sheet.freezePane(0, 1);
			}

			@Override
			public void row(Participant participant, List<String> cells) throws IOException {
				this.row++;
				for (int c = 0; c < cells.size(); c++) {
					if (c == ExportRows.REGISTERED_AT) {
						sheet.value(this.row, c, participant.registeredAt());
						sheet.style(this.row, c).format(DATE_FORMAT).set();
					}
					else if (!cells.get(c).isEmpty()) {
						sheet.inlineString(this.row, c, cells.get(c));
					}
				}
				if (this.row % FLUSH_ROWS == 0) {
					sheet.flush();
				}
			}

		});
		workbook.finish();
	}

}
