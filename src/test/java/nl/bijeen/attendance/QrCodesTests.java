package nl.bijeen.attendance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The QR codes read back with ZXing's reader.
 */
class QrCodesTests {

	@Test
	void aPngQrCodeDecodesToTheCode() throws Exception {
		byte[] png = QrCodes.png("7K3MQ9TX2HBD");
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(QrDecoder.decode(png)).isEqualTo("7K3MQ9TX2HBD");
		assertThat(QrDecoder.decodeDataUri(QrCodes.dataUri("ABCDEFGHJKMN"))).isEqualTo("ABCDEFGHJKMN");
	}

	@Test
	void codesAreNormalisedFromWhatPeopleType() {
		assertThat(CheckInCodes.normalise("7k3m-q9tx 2hbd")).isEqualTo("7K3MQ9TX2HBD");
		assertThat(CheckInCodes.normalise("oIl0-0000-0000")).isEqualTo("011000000000");
		assertThat(CheckInCodes.normalise("UUUU-0000-0000")).isNull();
		assertThat(CheckInCodes.normalise("ABC")).isNull();
		assertThat(CheckInCodes.normalise(null)).isNull();
		assertThat(CheckInCodes.display("7K3MQ9TX2HBD")).isEqualTo("7K3M-Q9TX-2HBD");
	}

}
