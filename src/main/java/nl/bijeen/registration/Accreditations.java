package nl.bijeen.registration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bijeen.registration.internal.RegistrationSettings;
import nl.bijeen.registration.internal.RegistrationSettingsRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The participants with a place (CONFIRMED, not erased) with their register, number and points: for certificates
 * of attendance and the registers' presence lists. Who was present is the attendance module's to say.
 */
@Service
public class Accreditations {

	private final JdbcClient jdbc;

	private final Attendees attendees;

	private final AccreditationRegisters registers;

	private final RegistrationSettingsRepository settings;

	Accreditations(JdbcClient jdbc, Attendees attendees, AccreditationRegisters registers,
			RegistrationSettingsRepository settings) {
		this.jdbc = jdbc;
		this.attendees = attendees;
		this.registers = registers;
		this.settings = settings;
	}

	/** Everyone with a place at the event, by name. */
	public List<Accreditation> of(Long eventId) {
		Map<Long, Attendee> attendees = this.attendees.of(eventId).stream()
			.collect(Collectors.toMap(Attendee::registrationId, Function.identity()));
		RegistrationSettings settings = this.settings.of(eventId);
		Map<String, Integer> points = this.registers.points(eventId);
		return rows(eventId, null).stream().filter(r -> attendees.containsKey(r.id()))
			.map(r -> accreditation(r, attendees.get(r.id()), eventId, settings, points)).toList();
	}

	/** This registration, when it has a place at the event. */
	public Optional<Accreditation> find(Long eventId, Long registrationId) {
		return this.attendees.find(eventId, registrationId)
			.flatMap(a -> rows(eventId, registrationId).stream().findFirst().map(r -> accreditation(r, a, eventId,
					this.settings.of(eventId), this.registers.points(eventId))));
	}

	private Accreditation accreditation(Row row, Attendee attendee, Long eventId, RegistrationSettings s,
			Map<String, Integer> perRegister) {
		AccreditationRegister register = s.accredited() ? this.registers.find(row.register()).orElse(null) : null;
		Integer points = null;
		if (s.accredited()) {
			points = (register == null) ? s.accreditationPoints()
					: perRegister.getOrDefault(register.code(), s.accreditationPoints());
		}
		String number = (register == null) ? null : row.number();
		return new Accreditation(row.id(), eventId, attendee.name(), row.email(), Locale.forLanguageTag(row.locale()),
				attendee.sessions(), number == null ? null : register, number, points);
	}

	private List<Row> rows(Long eventId, Long registrationId) {
		return this.jdbc.sql("select id, email, locale, register_name, registration_number from registration "
				+ "where event_id = :event and status = 'CONFIRMED' and pseudonymised_at is null"
				+ (registrationId == null ? "" : " and id = :id") + " order by lower(name), id")
			.param("event", eventId).param("id", registrationId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
	}

	private record Row(Long id, String email, String locale, String register, String number) {
	}

}
