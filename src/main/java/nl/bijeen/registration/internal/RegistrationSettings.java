package nl.bijeen.registration.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How registration works for one event.
 *
 * @param eventId the event
 * @param waitingListEnabled whether people may join a waiting list when the event or a session is full
 * @param secondChoiceEnabled whether people may name a second choice per round
 * @param approvalRequired whether organisers approve each registration (the place is held meanwhile)
 * @param offerHours hours a promoted person has to accept a freed place; {@code null}: promote directly
 * @param accredited whether the event is accredited, so participants give a register and number
 * @param accreditationPoints the points the accreditation gives
 * @param accreditationRegisters the codes of the registers offered, comma separated (REGISTERPLEIN, SKJ); none: every active one
 * @param reminderDays days before the start the reminder is sent
 * @param onlineLinkMinutesBefore minutes before the start the meeting link is shown and sent
 */
@Table("event_registration_settings")
public record RegistrationSettings(@Id Long eventId, boolean waitingListEnabled, boolean secondChoiceEnabled,
		boolean approvalRequired, Integer offerHours, boolean accredited, Integer accreditationPoints,
		String accreditationRegisters, int reminderDays, int onlineLinkMinutesBefore, @Version Integer version) {

	public static RegistrationSettings defaults(Long eventId) {
		return new RegistrationSettings(eventId, true, false, false, null, false, null, null, 2, 60, null);
	}

	/**
	 * The codes of the registers the organiser chose; empty when none were chosen, which offers every active
	 * register (see {@link nl.bijeen.registration.AccreditationRegisters#offered}).
	 */
	public List<String> registers() {
		if (this.accreditationRegisters == null || this.accreditationRegisters.isBlank()) {
			return List.of();
		}
		return Arrays.stream(this.accreditationRegisters.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
	}

	public boolean offersPlaces() {
		return this.offerHours != null;
	}

}
