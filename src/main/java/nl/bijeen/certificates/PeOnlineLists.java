package nl.bijeen.certificates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.bijeen.attendance.Presence;
import nl.bijeen.registration.Accreditation;
import nl.bijeen.registration.AccreditationRegister;
import nl.bijeen.registration.AccreditationRegisters;
import nl.bijeen.registration.Accreditations;

import org.springframework.stereotype.Component;

/**
 * The presence lists per register for PE-online: of the participants who were present, those who chose the
 * register, each number once.
 */
@Component
class PeOnlineLists {

	private final Accreditations accreditations;

	private final Presence presence;

	private final AccreditationRegisters registers;

	PeOnlineLists(Accreditations accreditations, Presence presence, AccreditationRegisters registers) {
		this.accreditations = accreditations;
		this.presence = presence;
		this.registers = registers;
	}

	/** A list for each register (active or not) that a present participant chose, in the registers' order. */
	List<PeOnlineList> of(Long eventId) {
		List<Accreditation> present = present(eventId);
		return this.registers.all().stream()
			.filter(r -> present.stream().anyMatch(a -> r.code().equals(code(a))))
			.map(r -> list(r, present))
			.toList();
	}

	/** The list of one register (empty when nobody present chose it). */
	Optional<PeOnlineList> of(Long eventId, String code) {
		return this.registers.find(code).map(r -> list(r, present(eventId)));
	}

	private List<Accreditation> present(Long eventId) {
		Set<Long> present = this.presence.of(eventId);
		return this.accreditations.of(eventId).stream().filter(a -> present.contains(a.registrationId())).toList();
	}

	private static PeOnlineList list(AccreditationRegister register, List<Accreditation> present) {
		Set<String> lines = new LinkedHashSet<>();
		List<PeOnlineList.Failure> failures = new ArrayList<>();
		for (Accreditation a : present) {
			if (!register.code().equals(code(a))) {
				continue;
			}
			if (register.accepts(a.registrationNumber())) {
				lines.add(register.exportLine(a.registrationNumber()));
			}
			else {
				failures.add(new PeOnlineList.Failure(a.name(), a.registrationNumber()));
			}
		}
		return new PeOnlineList(register, List.copyOf(lines), failures);
	}

	private static String code(Accreditation a) {
		return a.register() == null ? null : a.register().code();
	}

}
