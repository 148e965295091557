package vn.dienhong.gui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads DejaVu Sans from the font jar on the class path, because a kiosk PC may have no font with
 * every Vietnamese letter (ầ, ữ, ỡ…) and JavaFX would draw boxes instead; the CSS then names it.
 */
final class ConsoleFonts {
    /** The family the console's style sheet asks for. */
    static final String FAMILY = "DejaVu Sans";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleFonts.class);
    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static final List<String> FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");
    private static List<String> loaded;

    private ConsoleFonts() {
    }

    /**
     * Registers the fonts with JavaFX once, before the first scene is styled; returns the names of
     * the fonts it registered (empty when the jar is missing: the console then shows the system's).
     */
    static synchronized List<String> load() {
        if (loaded != null) {
            return loaded;
        }
        List<String> names = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = ConsoleFonts.class.getResourceAsStream(DIR + file)) {
                if (in == null) {
                    LOG.warn("Font {} is missing from the class path; Vietnamese letters may show as boxes", file);
                } else {
                    Font font = Font.loadFont(in, 18);
                    if (font == null) {
                        LOG.warn("JavaFX could not load the font {}", file);
                    } else {
                        names.add(font.getName());
                    }
                }
            } catch (IOException e) {
                LOG.warn("Reading the font {} failed", file, e);
            }
        }
        loaded = List.copyOf(names);
        return loaded;
    }
}
