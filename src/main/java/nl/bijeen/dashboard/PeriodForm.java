package nl.bijeen.dashboard;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The period of the overview across events ({@code ?van=…&tot=…}, both days included). Empty: twelve months back
 * and ahead of today.
 */
public class PeriodForm {

	/** The longest period shown at once. */
	static final Period LONGEST = Period.ofYears(10);

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate van;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tot;

	public LocalDate getVan() {
		return this.van;
	}

	public void setVan(LocalDate van) {
		this.van = van;
	}

	public LocalDate getTot() {
		return this.tot;
	}

	public void setTot(LocalDate tot) {
		this.tot = tot;
	}

	/**
	 * The days shown: those given, a missing one by its default (twelve months back or ahead of today); the
	 * defaults when the period runs backwards or is longer than ten years, reported as an error on {@code tot}.
	 */
	LocalDate[] days(LocalDate today, Errors errors) {
		LocalDate from = this.van != null ? this.van : today.minusMonths(Overviews.MONTHS);
		LocalDate to = this.tot != null ? this.tot : today.plusMonths(Overviews.MONTHS);
		if (to.isBefore(from)) {
			errors.rejectValue("tot", "dashboard.period.backwards");
		}
		else if (from.plus(LONGEST).isBefore(to)) {
			errors.rejectValue("tot", "dashboard.period.tooLong");
		}
		if (errors.hasErrors()) {
			return new LocalDate[] { today.minusMonths(Overviews.MONTHS), today.plusMonths(Overviews.MONTHS) };
		}
		return new LocalDate[] { from, to };
	}

}
