package nl.bijeen.registration.admin;

import java.util.Locale;
import java.util.regex.PatternSyntaxException;

import nl.bijeen.registration.AccreditationRegister;

import org.springframework.validation.Errors;

/**
 * The platform administrator's form for an accreditation register. The code is given once, when the register is
 * added: registrations store it.
 */
public class RegisterForm {

	private String code;

	private String name;

	private String exportPrefix = "";

	private String numberPattern;

	private String numberFormat;

	private String numberExample;

	private boolean active = true;

	private Integer position = 0;

	static RegisterForm of(AccreditationRegister r) {
		RegisterForm form = new RegisterForm();
		form.code = r.code();
		form.name = r.name();
		form.exportPrefix = r.exportPrefix();
		form.numberPattern = r.numberPattern();
		form.numberFormat = r.numberFormat();
		form.numberExample = r.numberExample();
		form.active = r.active();
		form.position = r.position();
		return form;
	}

	void validate(Errors errors, boolean creating) {
		if (creating) {
			this.code = this.code == null ? null : this.code.strip().toUpperCase(Locale.ROOT);
			if (this.code == null || !this.code.matches("[A-Z][A-Z0-9_]{1,19}")) {
				errors.rejectValue("code", "registers.error.code");
			}
		}
		text(errors, "name", this.name, 100, true);
		text(errors, "exportPrefix", this.exportPrefix, 20, false);
		text(errors, "numberFormat", this.numberFormat, 200, true);
		text(errors, "numberExample", this.numberExample, 60, true);
		if (text(errors, "numberPattern", this.numberPattern, 200, true)) {
			try {
				AccreditationRegister.compiled(this.numberPattern.strip());
				if (this.numberExample != null && !toRegister().accepts(this.numberExample)) {
					errors.rejectValue("numberExample", "registers.error.example");
				}
			}
			catch (PatternSyntaxException ex) {
				errors.rejectValue("numberPattern", "registers.error.pattern", new Object[] { ex.getDescription() }, null);
			}
		}
		if (this.position == null) {
			this.position = 0;
		}
	}

	private static boolean text(Errors errors, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.rejectValue(field, "registration.error.required");
			}
			return false;
		}
		if (value.strip().length() > max || !nl.bijeen.common.TextRules.isSingleLine(value)) {
			errors.rejectValue(field, "registration.error.tooLong", new Object[] { max }, null);
			return false;
		}
		return true;
	}

	AccreditationRegister toRegister() {
		return new AccreditationRegister(this.code, this.name.strip(),
				this.exportPrefix == null ? "" : this.exportPrefix.strip(), this.numberPattern.strip(),
				this.numberFormat.strip(), this.numberExample.strip(), this.active, this.position);
	}

	public String getCode() { return this.code; }
	public void setCode(String v) { this.code = v; }
	public String getName() { return this.name; }
	public void setName(String v) { this.name = v; }
	public String getExportPrefix() { return this.exportPrefix; }
	public void setExportPrefix(String v) { this.exportPrefix = v; }
	public String getNumberPattern() { return this.numberPattern; }
	public void setNumberPattern(String v) { this.numberPattern = v; }
	public String getNumberFormat() { return this.numberFormat; }
	public void setNumberFormat(String v) { this.numberFormat = v; }
	public String getNumberExample() { return this.numberExample; }
	public void setNumberExample(String v) { this.numberExample = v; }
	public boolean isActive() { return this.active; }
	public void setActive(boolean v) { this.active = v; }
	public Integer getPosition() { return this.position; }
	public void setPosition(Integer v) { this.position = v; }

}
