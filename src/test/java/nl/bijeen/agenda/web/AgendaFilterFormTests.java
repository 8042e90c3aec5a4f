package nl.bijeen.agenda.web;

import java.time.YearMonth;
import java.util.List;

import nl.bijeen.agenda.AgendaFilter;
import nl.bijeen.events.AttendanceMode;
import nl.bijeen.events.EventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaFilterFormTests {

	@Test
	void turnsQueryParametersIntoAFilter() {
		AgendaFilterForm form = new AgendaFilterForm(" Empowerment ", "beleidsmakers", "DEBAT", "online", "movisie",
				"2027-03", "  sociale   basis ", "2");
		AgendaFilter filter = form.toFilter();
		assertThat(filter.theme()).isEqualTo("empowerment");
		assertThat(filter.audience()).isEqualTo("beleidsmakers");
		assertThat(filter.type()).isEqualTo(EventType.DEBATE);
		assertThat(filter.mode()).isEqualTo(AttendanceMode.ONLINE);
		assertThat(filter.organisation()).isEqualTo("movisie");
		assertThat(filter.month()).isEqualTo(YearMonth.of(2027, 3));
		assertThat(filter.words()).containsExactly("sociale", "basis");
		assertThat(form.pageNumber()).isEqualTo(2);
		assertThat(form.isFiltered()).isTrue();
	}

	@Test
	void ignoresValuesItDoesNotKnow() {
		AgendaFilterForm form = new AgendaFilterForm("<script>", null, "feest", "teleportatie", "", "2027-13", " ",
				"-3");
		AgendaFilter filter = form.toFilter();
		assertThat(filter.theme()).isEqualTo("-");
		assertThat(filter.type()).isNull();
		assertThat(filter.mode()).isNull();
		assertThat(filter.organisation()).isNull();
		assertThat(filter.month()).isNull();
		assertThat(filter.words()).isEmpty();
		assertThat(form.pageNumber()).isEqualTo(1);
		assertThat(new AgendaFilterForm(null, null, null, null, null, null, null, "twee").pageNumber()).isEqualTo(1);
		assertThat(new AgendaFilterForm(null, null, null, null, null, null, null, null).isFiltered()).isFalse();
	}

	@Test
	void buildsShareableQueryStringsForOtherPages() {
		AgendaFilterForm form = new AgendaFilterForm("empowerment", null, null, "online", null, "2027-03", "zorg & welzijn+",
				"1");
		assertThat(form.query(1)).isEqualTo("?thema=empowerment&vorm=online&maand=2027-03&zoek=zorg+%26+welzijn%2B");
		assertThat(form.query(3)).endsWith("&page=3");
		assertThat(new AgendaFilterForm(null, null, null, null, null, null, null, "4").query(1)).isEmpty();
		assertThat(new AgendaFilterForm(null, null, null, null, null, null, null, "4").query(2)).isEqualTo("?page=2");
	}

	@Test
	void mapsEveryTypeAndModeToAUrlValue() {
		assertThat(new AgendaFilterForm(null, null, null, "op-locatie", null, null, null, null).toFilter().mode())
			.isEqualTo(AttendanceMode.VENUE);
		assertThat(AgendaFilterForm.MODES.keySet()).containsExactlyInAnyOrder("op-locatie", "online", "hybride");
		assertThat(AgendaFilterForm.TYPES.values()).containsExactlyInAnyOrderElementsOf(List.of(EventType.values()));
	}

}
