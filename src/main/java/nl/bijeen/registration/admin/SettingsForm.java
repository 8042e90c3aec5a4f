package nl.bijeen.registration.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.bijeen.registration.internal.RegistrationSettings;

import org.springframework.validation.Errors;

/**
 * The organiser's form for an event's registration settings.
 */
public class SettingsForm {

	private boolean waitingListEnabled = true;

	private boolean secondChoiceEnabled;

	private boolean approvalRequired;

	private Integer offerHours;

	private boolean accredited;

	private Integer accreditationPoints;

	private List<String> registers = new ArrayList<>();

	/**
	 * Points per register where they differ from {@link #accreditationPoints}: the register codes and, at the same
	 * index, the points (empty: the event's points). Two lists, as parameter names take a numeric index only.
	 */
	private List<String> pointCodes = new ArrayList<>();

	private List<Integer> pointValues = new ArrayList<>();

	private Integer reminderDays = 2;

	private Integer onlineLinkMinutesBefore = 60;

	static SettingsForm of(RegistrationSettings s, List<String> codes, Map<String, Integer> points) {
		SettingsForm form = new SettingsForm();
		form.waitingListEnabled = s.waitingListEnabled();
		form.secondChoiceEnabled = s.secondChoiceEnabled();
		form.approvalRequired = s.approvalRequired();
		form.offerHours = s.offerHours();
		form.accredited = s.accredited();
		form.accreditationPoints = s.accreditationPoints();
		form.registers = new ArrayList<>(s.registers());
		form.pointCodes = new ArrayList<>(codes);
		form.pointValues = new ArrayList<>(codes.stream().map(points::get).toList());
		form.reminderDays = s.reminderDays();
		form.onlineLinkMinutesBefore = s.onlineLinkMinutesBefore();
		return form;
	}

	void validate(Errors errors, Set<String> codes) {
		range(errors, "offerHours", this.offerHours, 1, 720, false);
		range(errors, "accreditationPoints", this.accreditationPoints, 0, 100, false);
		range(errors, "reminderDays", this.reminderDays, 0, 30, true);
		range(errors, "onlineLinkMinutesBefore", this.onlineLinkMinutesBefore, 0, 1440, true);
		if (!codes.containsAll(this.registers) || !codes.containsAll(this.pointCodes)
				|| this.pointValues.size() > this.pointCodes.size()) {
			errors.rejectValue("registers", "registration.settings.error.registers");
		}
		for (int i = 0; i < this.pointValues.size(); i++) {
			range(errors, "pointValues[" + i + "]", this.pointValues.get(i), 0, 100, false);
		}
	}

	private static void range(Errors errors, String field, Integer value, int min, int max, boolean required) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (value == null) {
			if (required) {
				errors.rejectValue(field, "registration.error.required");
			}
		}
		else if (value < min || value > max) {
			errors.rejectValue(field, "registration.settings.error.range", new Object[] { min, max }, null);
		}
	}

	RegistrationSettings toSettings(Long eventId, Integer version) {
		return new RegistrationSettings(eventId, this.waitingListEnabled, this.secondChoiceEnabled,
				this.approvalRequired, this.offerHours, this.accredited, this.accreditationPoints,
				this.registers.isEmpty() ? null : String.join(",", this.registers), this.reminderDays,
				this.onlineLinkMinutesBefore, version);
	}

	public boolean isWaitingListEnabled() { return this.waitingListEnabled; }
	public void setWaitingListEnabled(boolean v) { this.waitingListEnabled = v; }
	public boolean isSecondChoiceEnabled() { return this.secondChoiceEnabled; }
	public void setSecondChoiceEnabled(boolean v) { this.secondChoiceEnabled = v; }
	public boolean isApprovalRequired() { return this.approvalRequired; }
	public void setApprovalRequired(boolean v) { this.approvalRequired = v; }
	public Integer getOfferHours() { return this.offerHours; }
	public void setOfferHours(Integer v) { this.offerHours = v; }
	public boolean isAccredited() { return this.accredited; }
	public void setAccredited(boolean v) { this.accredited = v; }
	public Integer getAccreditationPoints() { return this.accreditationPoints; }
	public void setAccreditationPoints(Integer v) { this.accreditationPoints = v; }
	public List<String> getRegisters() { return this.registers; }
	public List<String> getPointCodes() { return this.pointCodes; }
	public void setPointCodes(List<String> v) { this.pointCodes = v == null ? new ArrayList<>() : v; }
	public List<Integer> getPointValues() { return this.pointValues; }
	public void setPointValues(List<Integer> v) { this.pointValues = v == null ? new ArrayList<>() : v; }

	/** The points per register that were filled in, by register code. */
	public Map<String, Integer> getPointsByCode() {
		Map<String, Integer> given = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(this.pointCodes.size(), this.pointValues.size()); i++) {
			if (this.pointValues.get(i) != null) {
				given.put(this.pointCodes.get(i), this.pointValues.get(i));
			}
		}
		return given;
	}
	public void setRegisters(List<String> v) { this.registers = v == null ? new ArrayList<>() : v; }
	public Integer getReminderDays() { return this.reminderDays; }
	public void setReminderDays(Integer v) { this.reminderDays = v; }
	public Integer getOnlineLinkMinutesBefore() { return this.onlineLinkMinutesBefore; }
	public void setOnlineLinkMinutesBefore(Integer v) { this.onlineLinkMinutesBefore = v; }

}
