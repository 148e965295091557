package vn.dienhong.gui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * Draws a text as a QR code image, so a delegate points the tablet's camera at the console's
 * screen instead of typing an IP address.
 */
final class QrCodes {
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private QrCodes() {
    }

    /**
     * A square image of about {@code size} pixels with the quiet zone scanners need; each module is
     * a whole number of pixels so the code stays sharp.
     */
    static WritableImage of(String text, int size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
        int modules = matrix.getWidth();
        int scale = Math.max(1, size / modules);
        WritableImage image = new WritableImage(modules * scale, modules * scale);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < modules * scale; y++) {
            for (int x = 0; x < modules * scale; x++) {
                pixels.setArgb(x, y, matrix.get(x / scale, y / scale) ? BLACK : WHITE);
            }
        }
        return image;
    }
}
