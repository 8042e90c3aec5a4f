package nl.bijeen.attendance;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/**
 * Reads QR codes back from images with ZXing's reader (the image is parsed by ImageIO, independently of how it
 * was written).
 */
public final class QrDecoder {

	private QrDecoder() {
	}

	static String decode(byte[] image) throws IOException, NotFoundException {
		return decode(ImageIO.read(new ByteArrayInputStream(image)));
	}

	/** Reads the QR code in an image (e.g. one taken from a PDF). */
	public static String decode(BufferedImage picture) throws NotFoundException {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture)));
		return new MultiFormatReader().decode(bitmap).getText();
	}

	static String decodeDataUri(String uri) throws IOException, NotFoundException {
		String prefix = "data:image/png;base64,";
		if (!uri.startsWith(prefix)) {
			throw new IllegalArgumentException("Not a PNG data URI: " + uri);
		}
		return decode(Base64.getDecoder().decode(uri.substring(prefix.length())));
	}

}
