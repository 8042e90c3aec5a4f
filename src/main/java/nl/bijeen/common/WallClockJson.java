package nl.bijeen.common;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * Wall-clock times in Europe/Amsterdam ({@link Zones#AMSTERDAM}) as ISO-8601 times in JSON.
 * <p>
 * Written with the offset that applies on that day ({@code 2027-11-10T09:30:00+01:00},
 * {@code 2027-06-10T19:30:00+02:00}). Read with any offset ({@code Z}, {@code +01:00}, {@code +02:00}, …),
 * converted to the wall-clock time in Amsterdam at that instant; a time without an offset is taken as a
 * wall-clock time in Amsterdam. Use on {@code LocalDateTime} fields of API records with
 * {@code @JsonSerialize(using = WallClockJson.Writer.class)} and
 * {@code @JsonDeserialize(using = WallClockJson.Reader.class)}.
 */
public final class WallClockJson {

	private WallClockJson() {
	}

	/**
	 * The wall-clock time in Amsterdam with the offset that applies then.
	 */
	public static OffsetDateTime withOffset(LocalDateTime wallClock) {
		return wallClock == null ? null : wallClock.atZone(Zones.AMSTERDAM).toOffsetDateTime();
	}

	/**
	 * The wall-clock time in Amsterdam of an ISO-8601 time with or without offset.
	 *
	 * @throws DateTimeParseException when the text is not an ISO-8601 date and time
	 */
	public static LocalDateTime parse(String text) {
		TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(), OffsetDateTime::from,
				LocalDateTime::from);
		if (parsed instanceof OffsetDateTime withOffset) {
			return withOffset.atZoneSameInstant(Zones.AMSTERDAM).toLocalDateTime();
		}
		return (LocalDateTime) parsed;
	}

	/** Writes a wall-clock time with its Amsterdam offset. */
	public static final class Writer extends ValueSerializer<LocalDateTime> {

		@Override
		public void serialize(LocalDateTime value, JsonGenerator gen, SerializationContext ctxt) {
			gen.writeString(withOffset(value).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		}

	}

	/** Reads an ISO-8601 time, with or without offset, as a wall-clock time in Amsterdam. */
	public static final class Reader extends ValueDeserializer<LocalDateTime> {

		@Override
		public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
			if (!p.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDateTime) ctxt.handleUnexpectedToken(LocalDateTime.class, p);
			}
			String text = p.getString();
			if (text.isBlank()) {
				return null;
			}
			try {
				return parse(text);
			}
			catch (DateTimeParseException ex) {
				return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, text,
						"not an ISO-8601 date and time such as 2027-11-10T09:30:00+01:00");
			}
		}

	}

}
