package nl.bijeen.mail;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutgoingMailTests {

	@Test
	void buildsAMailStepByStep() {
		Attachment ics = new Attachment("event.ics", "text/calendar", new byte[] { 1, 2 });
		OutgoingMail mail = OutgoingMail.of(" anna@example.org ", "Anna", " Welkom ", "Tekst")
			.withHtml("<p>Tekst</p>")
			.withAttachment(ics)
			.withReference("registration:1:confirmation")
			.withLocale(Locale.ENGLISH);
		assertThat(mail.to()).isEqualTo("anna@example.org");
		assertThat(mail.subject()).isEqualTo("Welkom");
		assertThat(mail.html()).isEqualTo("<p>Tekst</p>");
		assertThat(mail.attachments()).containsExactly(ics);
		assertThat(mail.reference()).isEqualTo("registration:1:confirmation");
		assertThat(mail.locale()).isEqualTo(Locale.ENGLISH);
		assertThat(OutgoingMail.of("a@example.org", null, "S", "T").withHtml(" ").html()).isNull();
	}

	@Test
	void rejectsWhatCannotBeSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of("not an address", null, "S", "T"));
		assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of("Anna <anna@example.org>", null, "S", "T"));
		assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of("a@example.org", null, " ", "T"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutgoingMail.of("a@example.org", null, "S\r\nBcc: x@example.org", "T"));
		assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of("a@example.org", null, "S", ""));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Attachment("../etc/passwd", "text/plain", new byte[0]));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Attachment("big.pdf", "application/pdf", new byte[Attachment.MAX_SIZE + 1]));
	}

	@Test
	void copiesAttachmentContentAndLists() {
		byte[] content = { 1, 2, 3 };
		Attachment attachment = new Attachment("a.txt", "text/plain", content);
		content[0] = 9;
		assertThat(attachment.content()[0]).isEqualTo((byte) 1);
		OutgoingMail mail = new OutgoingMail("a@example.org", null, "S", "T", null, null, null, null);
		assertThat(mail.attachments()).isEqualTo(List.of());
	}

}
